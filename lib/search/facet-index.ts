import { Bitset } from "@/lib/search/bitset";
import { countingSkip, FACET_KEYS, type FacetCounts, type FacetKey, type FacetSelection } from "@/lib/search/facets";
import type { TimeTo } from "@/lib/timeline/time-to";

/**
 * The facet attributes of every listable postmortem, held as one bitset per facet value. It answers the same
 * questions as `applyFacets` (which stays as its test oracle) without touching rows: matching ids, the
 * disjunctive counts, and a page in date order, in time proportional to the number of facet values.
 *
 * The visibility rule is reduced to what a list needs (see lib/data/visibility.ts): public rows are listed for
 * everyone, a team's rows for its members, every row for admins. `flags` name extra sets (e.g. "under-tagged").
 */
export type IndexRow = {
  id: number;
  date: number;
  isPublic: boolean;
  teamId: number | null;
  values: Record<FacetKey, string[]>;
  flags?: string[];
  /** Time to detect, mitigate and resolve, kept only for rows whose timeline gives one (insights read them). */
  timeTo?: TimeTo;
};
export type Order = "newest" | "oldest";

export class FacetIndex {
  private rows = new Map<number, IndexRow>();
  private width = 1;
  readonly all = new Bitset(1);
  readonly publicRows = new Bitset(1);
  private teamRows = new Map<number, Bitset>();
  private flagged = new Map<string, Bitset>();
  private sets = Object.fromEntries(FACET_KEYS.map((key) => [key, new Map<string, Bitset>()])) as Record<FacetKey, Map<string, Bitset>>;
  private sizes = new Map<Bitset, number>();
  private orders: Record<Order, number[]> | null = null;

  get size() {
    return this.rows.size;
  }

  get(id: number) {
    return this.rows.get(id);
  }

  upsert(row: IndexRow) {
    this.remove(row.id);
    this.width = Math.max(this.width, (row.id >>> 5) + 1);
    this.rows.set(row.id, row);
    this.all.add(row.id);
    if (row.isPublic) this.publicRows.add(row.id);
    if (row.teamId !== null) this.teamSet(row.teamId).add(row.id);
    for (const flag of row.flags ?? []) this.flagSet(flag).add(row.id);
    for (const key of FACET_KEYS) {
      for (const value of new Set(row.values[key])) {
        let set = this.sets[key].get(value);
        if (!set) this.sets[key].set(value, (set = new Bitset(this.width)));
        set.add(row.id);
        this.sizes.set(set, (this.sizes.get(set) ?? 0) + 1);
      }
    }
    this.orders = null;
  }

  remove(id: number) {
    const row = this.rows.get(id);
    if (!row) return;
    this.rows.delete(id);
    this.all.delete(id);
    this.publicRows.delete(id);
    if (row.teamId !== null) this.teamRows.get(row.teamId)!.delete(id);
    for (const flag of row.flags ?? []) this.flagged.get(flag)!.delete(id);
    for (const key of FACET_KEYS) {
      for (const value of new Set(row.values[key])) {
        const set = this.sets[key].get(value)!;
        set.delete(id);
        const left = this.sizes.get(set)! - 1;
        this.sizes.set(set, left);
        if (left === 0) {
          this.sets[key].delete(value);
          this.sizes.delete(set);
        }
      }
    }
    this.orders = null;
  }

  private teamSet(teamId: number) {
    let set = this.teamRows.get(teamId);
    if (!set) this.teamRows.set(teamId, (set = new Bitset(this.width)));
    return set;
  }

  private flagSet(flag: string) {
    let set = this.flagged.get(flag);
    if (!set) this.flagged.set(flag, (set = new Bitset(this.width)));
    return set;
  }

  /** Rows carrying a flag, as a new set. */
  withFlag(flag: string): Bitset {
    return this.flagged.get(flag)?.clone() ?? new Bitset(this.width);
  }

  /** Every row of these teams (published or not), as a new set. */
  ofTeams(teamIds: number[]): Bitset {
    const rows = new Bitset(this.width);
    for (const teamId of teamIds) {
      const set = this.teamRows.get(teamId);
      if (set) rows.or(set);
    }
    return rows;
  }

  /** The rows a reader may list: public ones, plus their teams' (every team's for admins). */
  visibleTo(reader: { isAdmin: boolean; teamIds: number[] } | null): Bitset {
    if (reader?.isAdmin) return this.all.clone();
    return this.ofTeams(reader?.teamIds ?? []).or(this.publicRows);
  }

  valueSet(key: FacetKey, value: string): Bitset | undefined {
    return this.sets[key].get(value);
  }

  /** Rows carrying any value of a facet, as a new set. */
  withAnyValue(key: FacetKey): Bitset {
    const rows = new Bitset(this.width);
    for (const set of this.sets[key].values()) rows.or(set);
    return rows;
  }

  /** Every value of a facet with its rows (read-only: callers clone before changing one). */
  valueSets(key: FacetKey): ReadonlyMap<string, Bitset> {
    return this.sets[key];
  }

  /**
   * Rows in `base` that match the selection (OR within a facet, AND across facets; AND within tags when they
   * must all match), and for each facet the counts of its values among rows matching every *other* facet —
   * exactly `applyFacets`.
   */
  search(base: Bitset, selection: FacetSelection): { matching: Bitset; counts: FacetCounts } {
    const unions = this.unionsOf(selection);
    const counts = Object.fromEntries(FACET_KEYS.map((key) => [key, new Map<string, number>()])) as FacetCounts;
    for (const key of FACET_KEYS) {
      const mask = restricted(base, unions, countingSkip(selection, key));
      for (const [value, set] of this.sets[key]) {
        const n = mask.countAnd(set);
        if (n > 0) counts[key].set(value, n);
      }
    }
    return { matching: restricted(base, unions), counts };
  }

  /** The rows `search` would match, without counting any facet. */
  match(base: Bitset, selection: FacetSelection): Bitset {
    return restricted(base, this.unionsOf(selection));
  }

  /** Each selected facet's rows: the union of its values (the intersection for tags that must all match). */
  private unionsOf(selection: FacetSelection): Map<FacetKey, Bitset> {
    const unions = new Map<FacetKey, Bitset>();
    for (const key of FACET_KEYS) {
      const wanted = selection[key];
      if (!wanted?.length) continue;
      const [first, ...rest] = [...new Set(wanted)].map((value) => this.sets[key].get(value) ?? new Bitset(this.width));
      const union = new Bitset(this.width).or(first!);
      for (const set of rest) {
        if (key === "tag" && selection.tagMatch === "all") union.and(set);
        else union.or(set);
      }
      unions.set(key, union);
    }
    return unions;
  }

  /**
   * One page of `matching` in date order; ties keep ascending ids (the order rows had before sorting).
   * The walk stops at the page's end, so a deep page costs at most one pass over the order array.
   */
  page(matching: Bitset, order: Order, start: number, size: number): number[] {
    return pageOf(this.ordered(order), matching, start, size);
  }

  private ordered(order: Order): number[] {
    if (!this.orders) {
      const byId = [...this.rows.values()].sort((a, b) => a.id - b.id);
      this.orders = {
        newest: [...byId].sort((a, b) => b.date - a.date).map((r) => r.id),
        oldest: [...byId].sort((a, b) => a.date - b.date).map((r) => r.id),
      };
    }
    return this.orders[order];
  }
}

/** The ids of `ordered` that are in `matching`, from the `start`-th to `start + size`: the walk stops at the page's end. */
export function pageOf(ordered: Iterable<number>, matching: Bitset, start: number, size: number): number[] {
  const ids: number[] = [];
  let seen = 0;
  for (const id of ordered) {
    if (!matching.has(id) || seen++ < start) continue;
    ids.push(id);
    if (ids.length === size) break;
  }
  return ids;
}

/** `base` restricted to every selected facet but `skip`. */
function restricted(base: Bitset, unions: Map<FacetKey, Bitset>, skip?: FacetKey): Bitset {
  const set = base.clone();
  for (const [key, union] of unions) if (key !== skip) set.and(union);
  return set;
}
