import { describe, expect, it } from "vitest";
import { anyOf, COMMON_WORD_DOCS, rankSimilar, RANKED_HITS_BUDGET, relativeRelevance, salientWords, tellingWords } from "@/lib/search/similar";

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

  it("searches the rarest words while their hits fit the budget, never a common word, and every word in a small catalogue", () => {
    expect(
      tellingWords([
        { word: "coredns", docs: 3 },
        { word: "ndots", docs: 1 },
        { word: "zebra", docs: 0 },
      ]),
    ).toEqual(["ndots", "coredns"]);
    expect(
      tellingWords([
        { word: "pods", docs: COMMON_WORD_DOCS + 1 },
        { word: "ndots", docs: 40 },
      ]),
    ).toEqual(["ndots"]);
    expect(tellingWords([{ word: "pods", docs: COMMON_WORD_DOCS + 1 }])).toEqual([]);
    const half = RANKED_HITS_BUDGET / 2;
    expect(
      tellingWords([
        { word: "a1", docs: half },
        { word: "b2", docs: half - 10 },
        { word: "c3", docs: 20 },
      ]),
    ).toEqual(["c3", "b2"]);
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
