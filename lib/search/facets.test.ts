import { describe, expect, it } from "vitest";
import { applyFacets, type FacetRow } from "@/lib/search/facets";

const row = (id: number, values: Partial<FacetRow>): FacetRow => ({
  id,
  coverage: [],
  severity: [],
  category: [],
  tag: [],
  component: [],
  platform: [],
  year: [],
  duration: [],
  measured: [],
  ...values,
});

const rows = [
  row(1, { severity: ["production"], platform: ["gke"], tag: ["snat", "dns-policy"], year: ["2019"] }),
  row(2, { severity: ["production"], platform: ["eks"], tag: ["snat"], year: ["2020"] }),
  row(3, { severity: ["trivial"], platform: ["eks"], tag: ["resource-limits"], year: ["2024"] }),
];

describe("applyFacets", () => {
  it("counts everything when nothing is selected", () => {
    const { matching, counts } = applyFacets(rows, {});
    expect(matching.map((r) => r.id)).toEqual([1, 2, 3]);
    expect(counts.severity.get("production")).toBe(2);
    expect(counts.tag.get("snat")).toBe(2);
  });

  it("ORs values within a facet and ANDs across facets", () => {
    expect(applyFacets(rows, { severity: ["production", "trivial"] }).matching).toHaveLength(3);
    expect(applyFacets(rows, { severity: ["production"], platform: ["eks"] }).matching.map((r) => r.id)).toEqual([2]);
  });

  it("computes each facet's counts with the other facets applied, not its own", () => {
    const { counts } = applyFacets(rows, { platform: ["eks"] });
    // Platform counts ignore the platform selection, so you can see what adding GKE would give.
    expect(counts.platform.get("gke")).toBe(1);
    expect(counts.platform.get("eks")).toBe(2);
    // Other facets reflect the selection.
    expect(counts.severity.get("production")).toBe(1);
    expect(counts.severity.get("trivial")).toBe(1);
    expect(counts.year.get("2019")).toBeUndefined();
  });

  it("with tagMatch all, keeps rows with every selected tag and counts tags among them", () => {
    const { matching, counts } = applyFacets(rows, { tag: ["snat", "dns-policy"], tagMatch: "all" });
    expect(matching.map((r) => r.id)).toEqual([1]);
    // Adding a tag narrows further, so each tag's count is taken among the rows that match.
    expect(Object.fromEntries(counts.tag)).toEqual({ snat: 1, "dns-policy": 1 });
    expect(Object.fromEntries(counts.platform)).toEqual({ gke: 1 });
    expect(applyFacets(rows, { tag: ["snat", "dns-policy"] }).matching.map((r) => r.id)).toEqual([1, 2]);
    expect(applyFacets(rows, { tag: ["snat", "unknown"], tagMatch: "all" }).matching).toEqual([]);
  });

  it("returns nothing when filters exclude everything", () => {
    const { matching, counts } = applyFacets(rows, { severity: ["trivial"], tag: ["snat"] });
    expect(matching).toEqual([]);
    expect(counts.tag.get("resource-limits")).toBe(1);
  });
});
