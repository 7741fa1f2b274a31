import { describe, expect, it } from "vitest";
import { createTagInput, storeSynonyms, synonymList } from "@/lib/validation/taxonomy";

const tag = (synonyms: string) =>
  createTagInput.safeParse({ category: "dns", slug: "ndots", name: "ndots", description: "Search-path expansion of names.", synonyms });

describe("tag synonyms", () => {
  it("keeps multi-word synonyms whole, separated by commas or lines", () => {
    const parsed = tag("ndots, search  Domain\nresolv-conf, ndots");
    expect(parsed.success && parsed.data.synonyms).toEqual(["ndots", "search domain", "resolv-conf"]);
  });

  it("round-trips through storage", () => {
    const stored = storeSynonyms(["ndots", "search domain"]);
    expect(stored).toBe("ndots, search domain");
    expect(synonymList(stored)).toEqual(["ndots", "search domain"]);
    expect(synonymList("")).toEqual([]);
  });

  it("refuses punctuation that is not a word", () => {
    expect(tag("ndots; drop table").success).toBe(false);
  });
});
