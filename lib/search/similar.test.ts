import { describe, expect, it } from "vitest";
import { anyOf, rankSimilar, relativeRelevance, salientWords } from "@/lib/search/similar";

describe("similar stories", () => {
  it("keeps the draft's telling words, title words first, dropping stop words, numbers and syntax", () => {
    const words = salientWords({
      title: "CoreDNS timeouts after the ndots change",
      summary: 'Pods could not resolve names; "NEAR" (OR) column: 2026',
      rootCause: "ndots:5 made every lookup walk the search domains, and CoreDNS was overloaded.",
    });
    expect(words.slice(0, 3)).toEqual(["coredns", "ndots", "timeouts"]);
    expect(words).not.toContain("the");
    expect(words).not.toContain("2026");
    expect(words).toContain("near"); // lower-cased: never an operator
    expect(words.length).toBeLessThanOrEqual(10);
    expect(salientWords({ title: "The an of", summary: "", rootCause: "" })).toEqual([]);
  });

  it("searches the words as alternatives, one plain word per term", () => {
    expect(anyOf(["dns", "ndots"])).toEqual([[{ words: ["dns"], prefix: false }], [{ words: ["ndots"], prefix: false }]]);
    expect(anyOf([])).toBeNull();
  });

  it("scales relevance to the best hit", () => {
    expect([
      ...relativeRelevance([
        { id: 1, rank: -10 },
        { id: 2, rank: -5 },
      ]).entries(),
    ]).toEqual([
      [1, 1],
      [2, 0.5],
    ]);
  });

  it("ranks by text relevance plus shared tags and components, and drops what shares nothing", () => {
    const ranked = rankSimilar(
      [
        { id: 1, text: 1, sharedTags: [], sharedComponents: [] }, // 4
        { id: 2, text: 0.5, sharedTags: ["dns-ndots"], sharedComponents: ["coredns"] }, // 2 + 2 + 1 = 5
        { id: 3, text: 0, sharedTags: ["dns-ndots"], sharedComponents: [] }, // 2
        { id: 4, text: 0, sharedTags: [], sharedComponents: [] }, // 0: dropped
        { id: 5, text: 0.5, sharedTags: [], sharedComponents: [] }, // 2, after 3 (listed later)
      ],
      10,
    );
    expect(ranked.map((r) => [r.id, r.score])).toEqual([
      [2, 5],
      [1, 4],
      [3, 2],
      [5, 2],
    ]);
    expect(rankSimilar([{ id: 1, text: 1, sharedTags: [], sharedComponents: [] }], 0)).toEqual([]);
  });
});
