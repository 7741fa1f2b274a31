import { describe, expect, it } from "vitest";
import { matchItems, matchStories, parseStack } from "@/lib/exposure/match";

const stories = [
  { slug: "jetstack", platform: "gke", tags: ["admission-webhook", "control-plane-upgrade"], components: ["opa", "kube-apiserver"] },
  { slug: "moonlight", platform: "gke", tags: ["pod-anti-affinity"], components: ["kube-scheduler"] },
  { slug: "reddit", platform: "self-managed", tags: ["removed-label", "in-place-upgrade", "cni-routing"], components: ["calico", "kubeadm"] },
  { slug: "datadog", platform: "self-managed", tags: ["cni-routing", "unattended-upgrades"], components: ["cilium"] },
];

describe("parseStack", () => {
  it("turns answers into a platform, components and tags, and reports unknown values", () => {
    const { stack, unknown } = parseStack({ platform: ["gke", "eks"], admission: "opa", cni: ["nope"], extra: "ignored" });
    expect(stack.platform).toBe("gke");
    expect([...stack.components]).toEqual(["opa"]);
    expect([...stack.tags]).toEqual(["admission-webhook"]);
    expect(unknown).toEqual(["cni"]);
  });

  it("is empty without answers", () => {
    const { stack } = parseStack({});
    expect(stack.chosen).toEqual([]);
    expect(matchStories(stack, stories)).toEqual([]);
  });
});

describe("matchStories", () => {
  it("ranks the OPA webhook story first for GKE + OPA", () => {
    const { stack } = parseStack({ platform: "gke", admission: "opa" });
    const ranked = matchStories(stack, stories);
    expect(ranked.map((m) => m.slug)).toEqual(["jetstack", "moonlight"]);
    expect(ranked[0]).toEqual({
      slug: "jetstack",
      score: 6,
      reasons: [
        { kind: "platform", value: "gke" },
        { kind: "component", value: "opa" },
        { kind: "tag", value: "admission-webhook" },
      ],
    });
  });

  it("weights components and tags above a shared platform", () => {
    const { stack } = parseStack({ platform: "self-managed", cni: "calico", upgrades: "in-place" });
    expect(matchStories(stack, stories).map((m) => [m.slug, m.score])).toEqual([
      ["reddit", 3 + 2 + 2 + 1 + 1 + 1],
      ["datadog", 3 + 1],
    ]);
  });
});

describe("matchItems", () => {
  it("ranks items by the stories they guard against and the stack's tags", () => {
    const { stack } = parseStack({ platform: "gke", admission: "opa" });
    const matched = matchStories(stack, stories);
    const items = [
      { key: "exclude-kube-system", checklist: "admission-webhooks", tags: ["admission-webhook"], postmortems: ["jetstack"] },
      { key: "spread-replicas", checklist: "scheduling", tags: ["pod-anti-affinity"], postmortems: ["moonlight"] },
      { key: "removed-labels", checklist: "upgrades", tags: ["removed-label"], postmortems: ["reddit"] },
    ];
    expect(matchItems(stack, matched, items)).toEqual([
      { key: "exclude-kube-system", checklist: "admission-webhooks", score: 7, guards: ["jetstack"] },
      { key: "spread-replicas", checklist: "scheduling", score: 3, guards: ["moonlight"] },
    ]);
  });
});
