import { describe, expect, it } from "vitest";
import { isUnderTagged, missingForPublish } from "@/lib/review/readiness";
import { suggestFromText } from "@/lib/review/suggest";

describe("missingForPublish", () => {
  const ready = { severity: "production", tags: ["snat"], rootCause: "SNAT rewrote addresses.", lessons: ["Test egress."] };

  it("is empty when a postmortem has everything publishing needs", () => {
    expect(missingForPublish(ready)).toEqual([]);
  });

  it("names every missing requirement", () => {
    expect(missingForPublish({ severity: "", tags: [], rootCause: "  ", lessons: ["", " "] })).toEqual([
      "Choose a severity tier.",
      "Add at least one root-cause tag (it sets the category).",
      "Write the root cause.",
      "Add at least one lesson.",
    ]);
    expect(missingForPublish({ ...ready, lessons: [] })).toEqual(["Add at least one lesson."]);
  });

  it("treats fewer than two tags as under-tagged", () => {
    expect([0, 1, 2].map(isUnderTagged)).toEqual([true, true, false]);
  });
});

describe("suggestFromText", () => {
  const terms = [
    { slug: "snat", name: "SNAT", synonyms: ["nat", "masquerade", "externalsnat"] },
    { slug: "ip-exhaustion", name: "IP address exhaustion", synonyms: ["cidr", "alias-ip"] },
    { slug: "coredns", name: "CoreDNS" },
    { slug: "opa", name: "OPA" },
    { slug: "etcd", name: "etcd" },
  ];

  it("matches names, slugs and synonyms as whole words, most mentioned first", () => {
    const text = "The CoreDNS pods crashed. CoreDNS again. We ran out of CIDR space on the alias IP range; SNAT was on.";
    expect(suggestFromText(text, terms)).toEqual([
      { slug: "coredns", matched: "CoreDNS", hits: 2 },
      { slug: "ip-exhaustion", matched: "cidr", hits: 1 },
      { slug: "snat", matched: "SNAT", hits: 1 },
    ]);
  });

  it("does not match inside other words or on very short terms", () => {
    expect(suggestFromText("signature natively etcdctl", terms)).toEqual([]);
    expect(suggestFromText("the opa webhook", terms).map((s) => s.slug)).toEqual(["opa"]);
  });

  it("skips what is already chosen and tolerates regex characters in terms", () => {
    expect(suggestFromText("SNAT and CoreDNS", terms, ["snat"]).map((s) => s.slug)).toEqual(["coredns"]);
    expect(suggestFromText("a (b)", [{ slug: "x", name: "(b) [c]*" }])).toEqual([]);
  });
});
