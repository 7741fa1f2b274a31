import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Bitset } from "@/lib/search/bitset";
import { FacetIndex, type Counting, type IndexRow, type Order } from "@/lib/search/facet-index";
import { applyFacets, FACET_KEYS, type FacetCounts, type FacetRow, type FacetSelection } from "@/lib/search/facets";

// The oracle is the whole-catalogue code the index replaced: applyFacets over visible rows, then a stable sort.
const VALUES = {
  coverage: ["retold", "listed"],
  severity: ["a", "b", "c"],
  category: ["n", "d", "s"],
  tag: ["t1", "t2", "t3", "t4"],
  component: ["c1", "c2"],
  platform: ["gke", "eks"],
  year: ["2019", "2020", "2021"],
  duration: ["under-30m", "1h-4h"],
  measured: ["detect", "resolve"],
};

const rowArb = (id: number) =>
  fc.record({
    id: fc.constant(id),
    date: fc.integer({ min: 0, max: 20 }), // few distinct dates, so ties are common
    isPublic: fc.boolean(),
    teamId: fc.oneof(fc.constant(null), fc.integer({ min: 1, max: 3 })),
    values: fc.record(
      Object.fromEntries(FACET_KEYS.map((key) => [key, fc.subarray(VALUES[key])])) as Record<(typeof FACET_KEYS)[number], fc.Arbitrary<string[]>>,
    ),
  });

const catalogArb = fc
  .uniqueArray(fc.integer({ min: 1, max: 300 }), { maxLength: 60 })
  .chain((ids) => fc.tuple(...ids.map(rowArb)))
  .map((rows) => rows as IndexRow[]);

const selectionArb: fc.Arbitrary<FacetSelection> = fc.record(
  {
    ...(Object.fromEntries(FACET_KEYS.map((key) => [key, fc.subarray([...VALUES[key], "unknown"])])) as Record<
      (typeof FACET_KEYS)[number],
      fc.Arbitrary<string[]>
    >),
    tagMatch: fc.constantFrom("any" as const, "all" as const),
  },
  { requiredKeys: [] },
);

// Each way of counting facet values, and the choice between them.
const countingArb = fc.constantFrom<Counting>("auto", "rows", "sets");

const readerArb = fc.oneof(fc.constant(null), fc.record({ isAdmin: fc.boolean(), teamIds: fc.subarray([1, 2, 3]) }));

const asFacetRow = (row: IndexRow): FacetRow & { date: number } => ({ id: row.id, date: row.date, ...row.values });
const visibleRows = (rows: IndexRow[], reader: { isAdmin: boolean; teamIds: number[] } | null) =>
  rows.filter((r) => r.isPublic || reader?.isAdmin || (r.teamId !== null && reader?.teamIds.includes(r.teamId)));
const plain = (counts: FacetCounts) => Object.fromEntries(FACET_KEYS.map((key) => [key, Object.fromEntries([...counts[key]].sort())]));

function oracleOrder(rows: (FacetRow & { date: number })[], order: Order) {
  // The old code loaded rows in id order and sorted them with a stable sort.
  const byId = [...rows].sort((a, b) => a.id - b.id);
  return byId.sort((a, b) => (order === "oldest" ? a.date - b.date : b.date - a.date)).map((r) => r.id);
}

describe("FacetIndex", () => {
  it("matches applyFacets: the same rows (also without counting), counts and pages for any catalogue, reader and selection", () => {
    fc.assert(
      fc.property(
        catalogArb,
        readerArb,
        selectionArb,
        fc.constantFrom<Order>("newest", "oldest"),
        fc.integer({ min: 0, max: 70 }),
        countingArb,
        (rows, reader, selection, order, start, counting) => {
          const index = new FacetIndex(counting);
          for (const row of rows) index.upsert(row);
          const visible = visibleRows(rows, reader).map(asFacetRow);
          const expected = applyFacets(visible, selection);
          const actual = index.search(index.visibleTo(reader), selection);

          expect([...actual.matching.ids()]).toEqual(expected.matching.map((r) => r.id).sort((a, b) => a - b));
          expect([...index.match(index.visibleTo(reader), selection).ids()]).toEqual([...actual.matching.ids()]);
          expect(plain(actual.counts)).toEqual(plain(expected.counts));
          const pageSize = 7;
          expect(index.page(actual.matching, order, start, pageSize)).toEqual(oracleOrder(expected.matching, order).slice(start, start + pageSize));
        },
      ),
      { numRuns: 500 },
    );
  });

  it("stays exact through updates and removals", () => {
    fc.assert(
      fc.property(
        catalogArb,
        catalogArb,
        fc.array(fc.integer({ min: 1, max: 300 })),
        selectionArb,
        countingArb,
        (first, second, removed, selection, counting) => {
          const index = new FacetIndex(counting);
          for (const row of first) index.upsert(row);
          for (const row of second) index.upsert(row); // same ids are replaced
          for (const id of removed) index.remove(id);
          const current = new Map([...first, ...second].map((r) => [r.id, r]));
          for (const id of removed) current.delete(id);
          const expected = applyFacets([...current.values()].map(asFacetRow), selection);
          const actual = index.search(index.visibleTo({ isAdmin: true, teamIds: [] }), selection);
          expect(plain(actual.counts)).toEqual(plain(expected.counts));
          expect(actual.matching.count()).toBe(expected.matching.length);
          expect(index.size).toBe(current.size);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("gives back each row as last indexed, through enough replacements to compact its value pool", () => {
    fc.assert(
      fc.property(fc.array(catalogArb, { minLength: 20, maxLength: 40 }), fc.array(fc.integer({ min: 1, max: 300 })), (rounds, removed) => {
        const index = new FacetIndex();
        const current = new Map<number, IndexRow>();
        for (const rows of rounds) {
          for (const row of rows) {
            index.upsert(row);
            current.set(row.id, row);
          }
        }
        for (const id of removed) {
          index.remove(id);
          current.delete(id);
        }
        expect(index.size).toBe(current.size);
        for (const [id, row] of current) {
          const held = index.get(id)!;
          expect(held.date).toBe(row.date);
          expect(index.dateOf(id)).toBe(row.date);
          expect(held.teamId).toBe(row.teamId);
          expect(held.isPublic).toBe(row.isPublic);
          for (const key of FACET_KEYS) expect(held.values[key]).toEqual([...new Set(row.values[key])]);
        }
        for (const id of removed) if (!current.has(id)) expect(index.get(id)).toBeUndefined();
      }),
      { numRuns: 20 },
    );
  });

  it("restricts to a base set, such as the rows a full-text query matched", () => {
    const index = new FacetIndex();
    const values = {
      coverage: ["retold"],
      severity: ["a"],
      category: [],
      tag: [],
      component: [],
      platform: ["gke"],
      year: ["2020"],
      duration: [],
      measured: [],
    };
    for (const id of [1, 2, 3, 40]) index.upsert({ id, date: id, isPublic: true, teamId: null, values });
    const hits = Bitset.of([2, 40], 1);
    const { matching, counts } = index.search(index.visibleTo(null).and(hits), {});
    expect([...matching.ids()]).toEqual([2, 40]);
    expect(counts.platform.get("gke")).toBe(2);
  });
});

describe("Bitset", () => {
  it("reads the ids of a comma-separated list, in any order and with repeats, and lists them in order", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 200_000 })), (ids) => {
        const set = Bitset.parse(ids.join(","));
        expect([...set.ids()]).toEqual([...new Set(ids)].sort((a, b) => a - b));
        expect([...set.toArray()]).toEqual([...set.ids()]);
      }),
    );
    expect(Bitset.parse("").count()).toBe(0);
  });

  it("agrees with a Set for add, delete, and, or and counts", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 2000 })), fc.array(fc.integer({ min: 0, max: 2000 })), (a, b) => {
        const x = Bitset.of(a, 1);
        const y = Bitset.of(b, 3);
        const sa = new Set(a);
        const sb = new Set(b);
        expect(x.count()).toBe(sa.size);
        expect(x.countAnd(y)).toBe([...sa].filter((v) => sb.has(v)).length);
        expect([...x.clone().or(y).ids()]).toEqual([...new Set([...a, ...b])].sort((p, q) => p - q));
        expect([...x.clone().and(y).ids()]).toEqual([...sa].filter((v) => sb.has(v)).sort((p, q) => p - q));
        for (const v of b) x.delete(v);
        expect([...x.ids()]).toEqual([...sa].filter((v) => !sb.has(v)).sort((p, q) => p - q));
      }),
    );
  });
});

describe("FacetIndex sets for the header counts", () => {
  it("keeps flags and team rows current through updates", () => {
    const index = new FacetIndex();
    const values = { coverage: [], severity: [], category: [], tag: [], component: [], platform: [], year: [], duration: [], measured: [] };
    index.upsert({ id: 1, date: 0, isPublic: true, teamId: 7, values, flags: ["under-tagged"] });
    index.upsert({ id: 2, date: 0, isPublic: false, teamId: 8, values, flags: ["under-tagged"] });
    index.upsert({ id: 3, date: 0, isPublic: true, teamId: null, values });
    expect([...index.ofTeams([7, 8]).and(index.withFlag("under-tagged")).ids()]).toEqual([1, 2]);
    index.upsert({ id: 2, date: 0, isPublic: false, teamId: 8, values }); // tagged now
    expect([...index.withFlag("under-tagged").ids()]).toEqual([1]);
    expect([...index.visibleTo({ isAdmin: false, teamIds: [8] }).ids()]).toEqual([1, 2, 3]);
    expect([...index.visibleTo(null).ids()]).toEqual([1, 3]);
    index.remove(1);
    expect(index.withFlag("under-tagged").count()).toBe(0);
    expect([...index.ofTeams([7]).ids()]).toEqual([]);
  });
});
