// Disjunctive faceting: values within one facet are OR-ed, facets are AND-ed, and each facet's
// counts are computed with every *other* facet applied — so the counts say what you would get
// by adding that value to the current filters. With `tagMatch: "all"` a story must carry every
// selected tag, and the tag counts are taken among the matching stories, for the same reason.

export const FACET_KEYS = ["coverage", "severity", "category", "tag", "component", "platform", "year", "duration", "measured"] as const;
export type FacetKey = (typeof FACET_KEYS)[number];

export type FacetRow = { id: number } & Record<FacetKey, string[]>;
export const TAG_MATCHES = ["any", "all"] as const;
export type TagMatch = (typeof TAG_MATCHES)[number];
export type FacetSelection = Partial<Record<FacetKey, string[]>> & { tagMatch?: TagMatch };
export type FacetCounts = Record<FacetKey, Map<string, number>>;

function matches(row: FacetRow, selection: FacetSelection, skip?: FacetKey): boolean {
  return FACET_KEYS.every((key) => {
    const wanted = selection[key];
    if (key === skip || !wanted?.length) return true;
    if (key === "tag" && selection.tagMatch === "all") return wanted.every((value) => row.tag.includes(value));
    return row[key].some((value) => wanted.includes(value));
  });
}

/** The facet left out when counting `key`'s values: `key` itself, except for tags that must all match. */
export const countingSkip = (selection: FacetSelection, key: FacetKey) => (key === "tag" && selection.tagMatch === "all" ? undefined : key);

export function applyFacets<R extends FacetRow>(rows: R[], selection: FacetSelection): { matching: R[]; counts: FacetCounts } {
  const counts = Object.fromEntries(FACET_KEYS.map((key) => [key, new Map<string, number>()])) as FacetCounts;
  for (const row of rows) {
    for (const key of FACET_KEYS) {
      if (!matches(row, selection, countingSkip(selection, key))) continue;
      for (const value of new Set(row[key])) counts[key].set(value, (counts[key].get(value) ?? 0) + 1);
    }
  }
  return { matching: rows.filter((row) => matches(row, selection)), counts };
}
