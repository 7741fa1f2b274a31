import fc from "fast-check";
import { median } from "d3-array";
import { describe, expect, it } from "vitest";
import { cooccurrence, crossCounts, durationHistogram, phaseStats, timedStories, topValues } from "@/lib/insights/aggregate";
import { DURATION_BUCKETS, DURATION_KEYS, durationBucket } from "@/lib/insights/duration-buckets";
import { FacetIndex, type Counting, type IndexRow } from "@/lib/search/facet-index";
import { applyFacets, FACET_KEYS, type FacetKey, type FacetSelection } from "@/lib/search/facets";
import { PHASES, type TimeTo } from "@/lib/timeline/time-to";

// The oracle counts rows one by one; the aggregation under test counts bitsets, or the matching rows' values (each
// way forced, and the index's own choice).
const VALUES: Record<FacetKey, string[]> = {
  coverage: ["retold", "listed"],
  severity: ["trivial", "production"],
  category: ["net", "dns", "sec"],
  tag: ["t1", "t2", "t3", "t4"],
  component: ["c1", "c2"],
  platform: ["gke", "eks"],
  year: ["2019", "2020", "2021"],
  duration: DURATION_KEYS,
  measured: [...PHASES],
};
const minutes = fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 6000 }));
type Row = IndexRow & { duration: number | null };
// A row's duration range and measured phases follow from its minutes, as in the catalogue; the other facets are drawn freely.
const FREE_KEYS = FACET_KEYS.filter((key) => key !== "duration" && key !== "measured");

const rowArb = (id: number): fc.Arbitrary<Row> =>
  fc
    .record({
      values: fc.record(
        Object.fromEntries(FREE_KEYS.map((key) => [key, fc.subarray(VALUES[key])])) as Record<
          Exclude<FacetKey, "duration" | "measured">,
          fc.Arbitrary<string[]>
        >,
      ),
      duration: minutes,
      timeTo: fc.record({ detect: minutes, mitigate: minutes, resolve: minutes }),
    })
    .map(({ values, duration, timeTo }) => {
      const bucket = durationBucket(duration);
      const timed = PHASES.some((p) => timeTo[p] !== null);
      return {
        id,
        date: 0,
        isPublic: true,
        teamId: null,
        values: { ...values, duration: bucket ? [bucket] : [], measured: PHASES.filter((p) => timeTo[p] !== null) },
        duration,
        ...(timed ? { timeTo: timeTo as TimeTo } : {}),
      };
    });

const catalogArb = fc.uniqueArray(fc.integer({ min: 1, max: 200 }), { maxLength: 50 }).chain((ids) => fc.tuple(...ids.map(rowArb)));
const selectionArb: fc.Arbitrary<FacetSelection> = fc.record(
  {
    ...(Object.fromEntries(FACET_KEYS.map((key) => [key, fc.subarray(VALUES[key])])) as Record<FacetKey, fc.Arbitrary<string[]>>),
    tagMatch: fc.constantFrom("any" as const, "all" as const),
  },
  { requiredKeys: [] },
);

function setup(rows: Row[], selection: FacetSelection, counting: Counting) {
  const index = new FacetIndex(counting);
  for (const row of rows) index.upsert(row);
  const { matching } = index.search(index.all.clone(), selection);
  const oracle = applyFacets(
    rows.map((r) => ({ ...r.values, id: r.id })),
    selection,
  ).matching.map((m) => rows.find((r) => r.id === m.id)!);
  return { index, matching, oracle };
}

const has = (row: Row, key: FacetKey, value: string) => row.values[key].includes(value);

describe("insights aggregation", () => {
  it("counts every chart exactly as a row-by-row count does, for any catalogue and filter", () => {
    fc.assert(
      fc.property(catalogArb, selectionArb, fc.constantFrom<Counting>("auto", "rows", "sets"), (rows, selection, counting) => {
        const { index, matching, oracle } = setup(rows, selection, counting);

        const cross = crossCounts(index, matching, "year", "category");
        for (const year of VALUES.year)
          for (const category of VALUES.category) {
            const n = oracle.filter((r) => has(r, "year", year) && has(r, "category", category)).length;
            expect(cross.counts.get(year)?.get(category) ?? 0).toBe(n);
          }
        expect(cross.rows).toEqual(VALUES.year.filter((y) => oracle.some((r) => has(r, "year", y))).sort());
        expect(cross.columns).toEqual(VALUES.category.filter((c) => oracle.some((r) => has(r, "category", c) && r.values.year.length > 0)).sort());

        const tags = topValues(index, matching, "tag", 3);
        const bruteTags = VALUES.tag
          .map((value) => ({ value, n: oracle.filter((r) => has(r, "tag", value)).length }))
          .filter((c) => c.n > 0)
          .sort((a, b) => b.n - a.n || a.value.localeCompare(b.value))
          .slice(0, 3);
        expect(tags).toEqual(bruteTags);

        const pairs = VALUES.tag
          .flatMap((a, i) => VALUES.tag.slice(i + 1).map((b) => ({ a, b, n: oracle.filter((r) => has(r, "tag", a) && has(r, "tag", b)).length })))
          .filter((pair) => pair.n > 0);
        expect(cooccurrence(index, matching, VALUES.tag)).toEqual(
          pairs.sort((x, y) => y.n - x.n || x.a.localeCompare(y.a) || x.b.localeCompare(y.b)),
        );

        const histogram = durationHistogram(index, matching);
        for (const bucket of histogram.buckets) expect(bucket.n).toBe(oracle.filter((r) => durationBucket(r.duration) === bucket.key).length);
        expect(histogram.unknown).toBe(oracle.filter((r) => r.duration === null).length);

        const stats = phaseStats(timedStories(index, matching));
        for (const phase of PHASES) {
          const values = oracle.flatMap((r) => ((r.timeTo?.[phase] ?? null) === null ? [] : [r.timeTo![phase]!]));
          const found = stats.find((s) => s.phase === phase);
          if (values.length === 0) expect(found).toBeUndefined();
          else expect(found).toMatchObject({ n: values.length, median: median(values) });
        }
      }),
      { numRuns: 400 },
    );
  });

  it("puts each duration in exactly one range", () => {
    expect([0, 29, 30, 59, 60, 239, 240, 1439, 1440, 4319, 4320, 99_999].map(durationBucket)).toEqual([
      "under-30m",
      "under-30m",
      "30m-1h",
      "30m-1h",
      "1h-4h",
      "1h-4h",
      "4h-12h",
      "12h-1d",
      "1d-3d",
      "1d-3d",
      "over-3d",
      "over-3d",
    ]);
    expect(durationBucket(null)).toBeNull();
    expect(DURATION_BUCKETS.at(-1)!.below).toBe(Infinity);
  });
});
