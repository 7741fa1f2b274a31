import { describe, expect, it } from "vitest";
import { slugify } from "@/lib/text";

describe("slugify", () => {
  it("joins lowercase ASCII words with dashes", () => {
    expect(slugify("  Café DNS: fell over!  ")).toBe("cafe-dns-fell-over");
  });

  it("cuts at a word boundary, never mid-word", () => {
    const slug = slugify("Checkout latency spiked during black friday traffic", 40);
    expect(slug).toBe("checkout-latency-spiked-during-black");
    expect(slug.length).toBeLessThanOrEqual(40);
  });

  it("keeps a slug that fits exactly", () => {
    expect(slugify("abc def", 7)).toBe("abc-def");
  });

  it("cuts a single over-long word rather than returning nothing", () => {
    expect(slugify("a".repeat(80), 10)).toBe("a".repeat(10));
  });

  it("falls back when nothing is left", () => {
    expect(slugify("!!! ???")).toBe("postmortem");
  });
});
