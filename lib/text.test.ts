import { describe, expect, it } from "vitest";
import { markdownToText } from "@/lib/markdown/render";
import { htmlToText, slugify } from "@/lib/text";

describe("slugify", () => {
  it("joins lowercase ASCII words with dashes", () => {
    expect(slugify("  Café DNS: fell over!  ")).toBe("cafe-dns-fell-over");
  });

  it("cuts at a word boundary, never mid-word", () => {
    const slug = slugify("Checkout latency spiked during black friday traffic", 40);
    expect(slug).toBe("checkout-latency-spiked-during-black");
    expect(slug.length).toBeLessThanOrEqual(40);
  });

  it("falls back when the text has no ASCII letters or digits: a default, or the caller's", () => {
    expect(slugify("日本チーム")).toBe("postmortem");
    expect(slugify("日本チーム", 60, "")).toBe("");
    expect(slugify("日本 Team", 60, "")).toBe("team");
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

describe("htmlToText", () => {
  it("decodes named, decimal and hexadecimal character references, once", () => {
    expect(htmlToText("<p>p99 &#x3C; 200ms &#x26; errors &#62; 1% &amp;lt; &quot;x&quot; &#128640; &#xD800;</p>")).toBe(
      'p99 < 200ms & errors > 1% &lt; "x" 🚀 \uFFFD',
    );
  });

  it("gives the plain text of rendered Markdown, as notifications show it", () => {
    expect(markdownToText("@alice keep **p99 < 200ms** & errors > 1%")).toBe("@alice keep p99 < 200ms & errors > 1%");
  });
});
