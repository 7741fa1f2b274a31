import { describe, expect, it } from "vitest";
import { candidateRange, closeTerms, editDistance, foreignScript, namesTag, typoCandidates } from "@/lib/search/spelling";

describe("editDistance", () => {
  it("counts insertions, deletions, substitutions and neighbour swaps", () => {
    expect(editDistance("calico", "calico", 2)).toBe(0);
    expect(editDistance("calcio", "calico", 2)).toBe(1);
    expect(editDistance("clico", "calico", 2)).toBe(1);
    expect(editDistance("calicoo", "calico", 2)).toBe(1);
    expect(editDistance("kalika", "calico", 2)).toBe(3);
  });
  it("gives up past the limit", () => {
    expect(editDistance("a", "abcdefgh", 2)).toBe(3);
    expect(editDistance("webhook", "zzzzzzz", 2)).toBe(3);
  });
});

describe("closeTerms", () => {
  const vocabulary = [
    { term: "kubernet", docs: 40 },
    { term: "kube", docs: 10 },
    { term: "kubelet", docs: 12 },
    { term: "rout", docs: 5 },
  ];
  it("matches a misspelt word against the stemmed vocabulary", () => {
    expect(closeTerms("kuberntes", vocabulary)[0]!.term).toBe("kubernet");
    expect(closeTerms("rotues", vocabulary)[0]!.term).toBe("rout");
  });
  it("ranks by distance, then by how many stories use the term", () => {
    const ranked = closeTerms("kubelets", [
      { term: "kubelet", docs: 1 },
      { term: "kubelets", docs: 9 },
      { term: "kubeles", docs: 50 },
    ]);
    expect(ranked.map((t) => t.term)).toEqual(["kubelet", "kubeles"]);
  });
  it("suggests nothing when nothing is close", () => {
    expect(closeTerms("zebra", vocabulary)).toEqual([]);
  });
  it("allows one edit up to six letters and two from seven", () => {
    const vocabulary = [
      { term: "commun", docs: 50 },
      { term: "start", docs: 50 },
      { term: "calico", docs: 5 },
      { term: "kubernet", docs: 90 },
    ];
    expect(closeTerms("column", vocabulary)).toEqual([]);
    expect(closeTerms("straße", vocabulary)).toEqual([]);
    expect(closeTerms("calcio", vocabulary).map((t) => t.term)).toEqual(["calico"]);
    expect(closeTerms("kubrnets", vocabulary).map((t) => t.term)).toEqual(["kubernet"]);
  });
});

describe("query helpers", () => {
  it("checks words of four letters or more, at most four of them", () => {
    expect(typoCandidates("the DNS kuberntes OR calcio a b c d e f")).toEqual(["kuberntes", "calcio"]);
    expect(typoCandidates("alpha bravo charlie delta echoes")).toHaveLength(4);
  });
  it("bounds the vocabulary scan by first letter and length", () => {
    expect(candidateRange("kuberntes")).toEqual({ from: "k", to: "l", minLength: 5, maxLength: 11 });
  });
  it("notices a query without Latin letters", () => {
    expect(foreignScript("кубернетес")).toBe("Cyrillic");
    expect(foreignScript("网络")).toBe("Chinese characters");
    expect(foreignScript("日本")).toBe("Chinese characters");
    expect(foreignScript("日本チーム")).toBe("Japanese");
    expect(foreignScript("kubernetes")).toBeNull();
    expect(foreignScript("coredns кубернетес")).toBeNull();
    expect(foreignScript("123 !!")).toBeNull();
  });
  it("matches tag names and synonyms, with room for a typo", () => {
    expect(namesTag("snat", ["SNAT", "masquerade"])).toBe(true);
    expect(namesTag("pod anti affinity", ["Pod anti-affinity"])).toBe(true);
    expect(namesTag("masqerade", ["SNAT", "masquerade"])).toBe(true);
    expect(namesTag("webhook", ["SNAT", "masquerade"])).toBe(false);
    expect(namesTag("a", ["a"])).toBe(false);
  });
  it("matches a tag name from the start of a word, never from inside one", () => {
    expect(namesTag("conntrack", ["DNS over UDP and conntrack", "dns-conntrack"])).toBe(true);
    expect(namesTag("cpu throt", ["CPU throttling"])).toBe(true);
    expect(namesTag("it's", ["CPU throttling", "cpu-throttling", "cfs-quota", "cpu-limits", "throttled"])).toBe(false);
    expect(namesTag("rot", ["CPU throttling"])).toBe(false);
  });
});
