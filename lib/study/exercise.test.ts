import { describe, expect, it } from "vitest";
import { eventsBeforeReveal, exerciseCutoffLimit, orderedChoices, parseCheckRef } from "@/lib/study/exercise";

const event = (marker: string | null, description = marker ?? "event") => ({ at: "t", description, marker });

describe("exercise cut-off", () => {
  it("shows the first detection event but stops before a first diagnosis", () => {
    expect(exerciseCutoffLimit([event(null), event("trigger"), event("detection"), event("diagnosis")])).toBe(3);
    expect(exerciseCutoffLimit([event("trigger"), event("diagnosis"), event("detection")])).toBe(1);
    expect(exerciseCutoffLimit([event("trigger"), event("resolution")])).toBe(0);
  });

  it("never returns an event past the cut-off, whatever shownEvents says, and hides the trigger", () => {
    const timeline = [
      event(null, "quiet"),
      event("trigger", "the change"),
      event("detection", "alerts"),
      event("diagnosis", "the cause"),
      event("resolution", "the fix"),
    ];
    expect(eventsBeforeReveal(timeline, 99).map((e) => e.description)).toEqual(["quiet", "alerts"]);
    expect(eventsBeforeReveal(timeline, 1).map((e) => e.description)).toEqual(["quiet"]);
    expect(eventsBeforeReveal(timeline, 0)).toEqual([]);
    expect(eventsBeforeReveal([event("resolution", "the fix")], 5)).toEqual([]);
  });
});

describe("exercise choices", () => {
  it("mixes right checks and distractors in a stable order per story, without duplicates", () => {
    const checks = ["control:dns/coredns-headroom"];
    const distractors = ["technique:conntrack-table", "technique:etcd-health-checks", "control:dns/coredns-headroom"];
    const order = orderedChoices(checks, distractors, "zalando");
    expect([...order].sort()).toEqual(["control:dns/coredns-headroom", "technique:conntrack-table", "technique:etcd-health-checks"]);
    expect(orderedChoices(checks, distractors, "zalando")).toEqual(order);
  });

  it("parses check references and refuses anything else", () => {
    expect(parseCheckRef("technique:node-conditions")).toEqual({ kind: "technique", slug: "node-conditions" });
    expect(parseCheckRef("control:dns/coredns-headroom")).toEqual({ kind: "control", checklist: "dns", key: "coredns-headroom" });
    expect(parseCheckRef("control:dns")).toBeNull();
    expect(parseCheckRef("javascript:alert(1)")).toBeNull();
  });
});
