import { median, quantile } from "d3-array";
import { DURATION_KEYS, type DurationBucket } from "@/lib/insights/duration-buckets";
import type { Bitset } from "@/lib/search/bitset";
import type { FacetIndex } from "@/lib/search/facet-index";
import type { FacetKey } from "@/lib/search/facets";
import { PHASES, type Phase } from "@/lib/timeline/time-to";

// Every insight is counted by the facet index (AND + popcount over its bitsets, or a pass over the matching rows'
// values when they are few: FacetIndex.valueCounts and pairCounts), so the cost is bounded by the number of facet
// values, not the number of stories; only time-to reads rows, and only those whose timeline gives one.

export type Count = { value: string; n: number };
/** Counts of `matching` rows per pair of values of two facets (a row with two categories counts in both). */
export type CrossCounts = { rows: string[]; columns: string[]; counts: Map<string, Map<string, number>> };
export type Pair = { a: string; b: string; n: number };
export type PhaseStats = { phase: Phase; n: number; median: number; p90: number };
export type TimedStory = { id: number } & Record<Phase, number | null>;

const byCount = (a: Count, b: Count) => b.n - a.n || a.value.localeCompare(b.value);

export function crossCounts(index: FacetIndex, matching: Bitset, rowKey: FacetKey, columnKey: FacetKey): CrossCounts {
  const counts = index.pairCounts(matching, rowKey, columnKey);
  const columns = new Set([...counts.values()].flatMap((cells) => [...cells.keys()]));
  return { rows: [...counts.keys()].sort(), columns: [...columns].sort(), counts };
}

/** The `limit` largest non-zero counts, most first (ties by value). */
export function topOf(counts: ReadonlyMap<string, number>, limit: number): Count[] {
  return [...counts]
    .filter(([, n]) => n > 0)
    .map(([value, n]) => ({ value, n }))
    .sort(byCount)
    .slice(0, limit);
}

/** The `limit` values of a facet held by most matching rows, most first (ties by value). */
export function topValues(index: FacetIndex, matching: Bitset, key: FacetKey, limit: number): Count[] {
  return topOf(index.valueCounts(matching, key), limit);
}

/** How many matching rows carry both tags, for every pair of `tags` that occurs together. */
export function cooccurrence(index: FacetIndex, matching: Bitset, tags: string[]): Pair[] {
  const together = index.pairCounts(matching, "tag", "tag", new Set(tags));
  const pairs: Pair[] = [];
  tags.forEach((a, i) => {
    for (const b of tags.slice(i + 1)) {
      const n = together.get(a)?.get(b) ?? 0;
      if (n > 0) pairs.push({ a, b, n });
    }
  });
  return pairs.sort((x, y) => y.n - x.n || x.a.localeCompare(y.a) || x.b.localeCompare(y.b));
}

/** Matching rows per duration range, in range order, and how many state no duration. */
export function durationHistogram(index: FacetIndex, matching: Bitset): { buckets: { key: DurationBucket; n: number }[]; unknown: number } {
  const counts = index.valueCounts(matching, "duration");
  const buckets = DURATION_KEYS.map((key) => ({ key, n: counts.get(key) ?? 0 }));
  return { buckets, unknown: matching.count() - buckets.reduce((sum, b) => sum + b.n, 0) };
}

/** The matching rows whose timelines give a time to detect, mitigate or resolve, with those times. */
export function timedStories(index: FacetIndex, matching: Bitset): TimedStory[] {
  const stories: TimedStory[] = [];
  for (const id of index.withAnyValue("measured").and(matching).ids()) {
    const timeTo = index.timeToOf(id);
    if (timeTo) stories.push({ id, ...timeTo });
  }
  return stories;
}

/** Median and 90th percentile of each phase over the stories that give it (phases no story gives are left out). */
export function phaseStats(stories: TimedStory[]): PhaseStats[] {
  return PHASES.flatMap((phase) => {
    const values = stories.flatMap((story) => (story[phase] === null ? [] : [story[phase]]));
    if (values.length === 0) return [];
    return [{ phase, n: values.length, median: median(values)!, p90: quantile(values, 0.9)! }];
  });
}
