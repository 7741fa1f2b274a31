import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FacetIndex, type IndexRow } from "@/lib/search/facet-index";
import { rankBySharedValues } from "@/lib/search/related";

const TAGS = ["a", "b", "c", "d"];
const COMPONENTS = ["x", "y", "z"];
const empty = { coverage: [], severity: [], category: [], platform: [], year: [], duration: [], measured: [] };

const catalogArb = fc
  .uniqueArray(fc.integer({ min: 1, max: 200 }), { minLength: 1, maxLength: 40 })
  .chain((ids) =>
    fc.tuple(
      ...ids.map((id) =>
        fc
          .record({ date: fc.integer({ min: 0, max: 5 }), isPublic: fc.boolean(), tag: fc.subarray(TAGS), component: fc.subarray(COMPONENTS) })
          .map((r): IndexRow => ({ id, date: r.date, isPublic: r.isPublic, teamId: null, values: { ...empty, tag: r.tag, component: r.component } })),
      ),
    ),
  );

describe("rankBySharedValues", () => {
  it("ranks like the old related-stories code: weighted shared values, then newest, then id", () => {
    fc.assert(
      fc.property(
        catalogArb,
        fc.nat(),
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 5 }),
        (rows, pick, limit, tagWeight, componentWeight) => {
          const index = new FacetIndex();
          rows.forEach((row) => index.upsert(row));
          const self = rows[pick % rows.length]!;
          const visible = index.visibleTo(null);
          const expected = rows
            .filter((r) => r.isPublic && r.id !== self.id)
            .sort((a, b) => a.id - b.id)
            .map((r) => ({
              id: r.id,
              date: r.date,
              score:
                tagWeight * r.values.tag.filter((t) => self.values.tag.includes(t)).length +
                componentWeight * r.values.component.filter((c) => self.values.component.includes(c)).length,
            }))
            .filter((r) => r.score > 0)
            .sort((a, b) => b.score - a.score || b.date - a.date)
            .slice(0, limit)
            .map(({ id, score }) => ({ id, score }));
          const actual = rankBySharedValues(
            index,
            visible,
            { tag: self.values.tag, component: self.values.component },
            { tag: tagWeight, component: componentWeight },
            limit,
            self.id,
          );
          expect(actual).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });
});
