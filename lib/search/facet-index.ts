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
/** How `search` counts facet values: by the cheaper way for each call, or always one way (the tests try both). */
export type Counting = "auto" | "rows" | "sets";

// One row value visited costs about this many times one word of a popcount (measured at 100k rows; see countValues).
const ROW_VALUE_COST = 2;

/** A growable typed column indexed by row id. */
function grown<T extends Float64Array | Uint32Array | Uint16Array | Uint8Array>(array: T, length: number, make: (n: number) => T): T {
  if (length <= array.length) return array;
  const next = make(Math.max(length, array.length * 2));
  next.set(array);
  return next;
}

/**
 * Rows are held as columns, not objects: a date and a team per id, and each row's facet values as a slice of one
 * pool of interned value numbers. At 100k rows that is a few MB instead of ~1M small objects, which kept the heap
 * (and every major GC's marking) 120 MB larger.
 */
export class FacetIndex {
  constructor(private readonly counting: Counting = "auto") {}

  private count = 0;
  private width = 1;
  readonly all = new Bitset(1);
  readonly publicRows = new Bitset(1);
  private teamRows = new Map<number, Bitset>();
  private flagged = new Map<string, Bitset>();
  private sets = Object.fromEntries(FACET_KEYS.map((key) => [key, new Map<string, Bitset>()])) as Record<FacetKey, Map<string, Bitset>>;
  private sizes = new Map<Bitset, number>();
  private orders: Record<Order, Int32Array> | null = null;
  private dates = new Float64Array(0);
  /** teamId + 1; 0 for none. */
  private teams = new Uint32Array(0);
  /** Each row's interned values: pool[starts[id] .. starts[id] + lengths[id]). */
  private starts = new Uint32Array(0);
  private lengths = new Uint16Array(0);
  private pool = new Uint16Array(1024);
  private poolEnd = 0;
  private poolGarbage = 0;
  private valueIds = new Map<string, number>();
  private valueNames: { key: FacetKey; value: string }[] = [];
  /** Each interned value's facet, as its place in FACET_KEYS. */
  private valueKeys = new Uint8Array(64);
  private timeTos = new Map<number, TimeTo>();

  get size() {
    return this.count;
  }

  has(id: number) {
    return this.all.has(id);
  }

  /** The row's date, or NaN when it is not indexed. */
  dateOf(id: number) {
    return this.has(id) ? this.dates[id]! : NaN;
  }

  /** The row as it was indexed (each facet's values without repeats), or undefined. */
  get(id: number): IndexRow | undefined {
    if (!this.has(id)) return undefined;
    const values = Object.fromEntries(FACET_KEYS.map((key) => [key, [] as string[]])) as Record<FacetKey, string[]>;
    for (const valueId of this.valueIdsOf(id)) {
      const { key, value } = this.valueNames[valueId]!;
      values[key].push(value);
    }
    const flags = [...this.flagged].filter(([, set]) => set.has(id)).map(([flag]) => flag);
    const timeTo = this.timeTos.get(id);
    return {
      id,
      date: this.dates[id]!,
      isPublic: this.publicRows.has(id),
      teamId: this.teams[id]! === 0 ? null : this.teams[id]! - 1,
      values,
      ...(flags.length ? { flags } : {}),
      ...(timeTo ? { timeTo } : {}),
    };
  }

  /** Time to detect, mitigate and resolve, for a row whose timeline gives one. */
  timeToOf(id: number): TimeTo | undefined {
    return this.timeTos.get(id);
  }

  upsert(row: IndexRow) {
    this.remove(row.id);
    const id = row.id;
    this.width = Math.max(this.width, (id >>> 5) + 1);
    this.count++;
    this.all.add(id);
    if (row.isPublic) this.publicRows.add(id);
    this.dates = grown(this.dates, id + 1, (n) => new Float64Array(n));
    this.dates[id] = row.date;
    this.teams = grown(this.teams, id + 1, (n) => new Uint32Array(n));
    this.teams[id] = row.teamId === null ? 0 : row.teamId + 1;
    if (row.teamId !== null) this.teamSet(row.teamId).add(id);
    for (const flag of row.flags ?? []) this.flagSet(flag).add(id);
    if (row.timeTo) this.timeTos.set(id, row.timeTo);
    const valueIds: number[] = [];
    for (const key of FACET_KEYS) {
      for (const value of new Set(row.values[key])) {
        let set = this.sets[key].get(value);
        if (!set) this.sets[key].set(value, (set = new Bitset(this.width)));
        set.add(id);
        this.sizes.set(set, (this.sizes.get(set) ?? 0) + 1);
        valueIds.push(this.intern(key, value));
      }
    }
    this.store(id, valueIds);
    this.orders = null;
  }

  remove(id: number) {
    if (!this.has(id)) return;
    this.count--;
    this.all.delete(id);
    this.publicRows.delete(id);
    const team = this.teams[id]!;
    if (team !== 0) this.teamRows.get(team - 1)!.delete(id);
    for (const set of this.flagged.values()) set.delete(id);
    this.timeTos.delete(id);
    for (const valueId of this.valueIdsOf(id)) {
      const { key, value } = this.valueNames[valueId]!;
      const set = this.sets[key].get(value)!;
      set.delete(id);
      const left = this.sizes.get(set)! - 1;
      this.sizes.set(set, left);
      if (left === 0) {
        this.sets[key].delete(value);
        this.sizes.delete(set);
      }
    }
    this.poolGarbage += this.lengths[id]!;
    this.lengths[id] = 0;
    this.orders = null;
  }

  private intern(key: FacetKey, value: string) {
    const name = `${key}\u0000${value}`;
    let valueId = this.valueIds.get(name);
    if (valueId === undefined) {
      valueId = this.valueNames.length;
      if (valueId > 0xffff) throw new Error("more than 65,536 distinct facet values");
      this.valueIds.set(name, valueId);
      this.valueNames.push({ key, value });
      this.valueKeys = grown(this.valueKeys, valueId + 1, (n) => new Uint8Array(n));
      this.valueKeys[valueId] = FACET_KEYS.indexOf(key);
    }
    return valueId;
  }

  private valueIdsOf(id: number) {
    const start = this.starts[id]!;
    return this.pool.subarray(start, start + this.lengths[id]!);
  }

  /** Appends a row's values to the pool; replaced slices are reclaimed once they are half of it. */
  private store(id: number, valueIds: number[]) {
    if (this.poolGarbage > 1024 && this.poolGarbage * 2 > this.poolEnd) this.compactPool();
    this.pool = grown(this.pool, this.poolEnd + valueIds.length, (n) => new Uint16Array(n));
    this.starts = grown(this.starts, id + 1, (n) => new Uint32Array(n));
    this.lengths = grown(this.lengths, id + 1, (n) => new Uint16Array(n));
    this.pool.set(valueIds, this.poolEnd);
    this.starts[id] = this.poolEnd;
    this.lengths[id] = valueIds.length;
    this.poolEnd += valueIds.length;
  }

  private compactPool() {
    const pool = new Uint16Array(Math.max(1024, (this.poolEnd - this.poolGarbage) * 2));
    let end = 0;
    for (const id of this.all.ids()) {
      pool.set(this.valueIdsOf(id), end);
      this.starts[id] = end;
      end += this.lengths[id]!;
    }
    this.pool = pool;
    this.poolEnd = end;
    this.poolGarbage = 0;
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
   * exactly `applyFacets`. The facets nothing narrows are counted together among the matching rows, each selected
   * facet among the rows matching every other one.
   */
  search(base: Bitset, selection: FacetSelection): { matching: Bitset; counts: FacetCounts } {
    const unions = this.unionsOf(selection);
    const counts = Object.fromEntries(FACET_KEYS.map((key) => [key, new Map<string, number>()])) as FacetCounts;
    const matching = restricted(base, unions);
    const narrowed = (key: FacetKey) => {
      const skip = countingSkip(selection, key);
      return skip !== undefined && unions.has(skip);
    };
    this.countValues(
      matching,
      FACET_KEYS.filter((key) => !narrowed(key)),
      counts,
    );
    for (const key of FACET_KEYS.filter(narrowed)) this.countValues(restricted(base, unions, key), [key], counts);
    return { matching, counts };
  }

  /**
   * The counts of `keys`' values among `rows`, by whichever costs less: one AND and popcount per value over the
   * whole width (~3k words per value at 100k rows), or one pass over the rows' own values, which wins when the rows
   * are few (a narrow search or filter) or the values many.
   */
  private countValues(rows: Bitset, keys: FacetKey[], counts: FacetCounts) {
    if (
      !this.byRows(
        rows,
        keys.reduce((n, key) => n + this.sets[key].size, 0),
      )
    ) {
      for (const key of keys) {
        for (const [value, set] of this.sets[key]) {
          const n = rows.countAnd(set);
          if (n > 0) counts[key].set(value, n);
        }
      }
      return;
    }
    const wanted = new Uint8Array(FACET_KEYS.length);
    for (const key of keys) wanted[FACET_KEYS.indexOf(key)] = 1;
    const tally = new Uint32Array(this.valueNames.length);
    const { pool, starts, lengths, valueKeys } = this;
    for (const id of rows.toArray()) {
      for (let j = starts[id]!, end = j + lengths[id]!; j < end; j++) {
        const valueId = pool[j]!;
        if (wanted[valueKeys[valueId]!] === 1) tally[valueId]!++;
      }
    }
    for (const key of keys) {
      for (const value of this.sets[key].keys()) {
        const n = tally[this.valueIds.get(`${key}\u0000${value}`)!]!;
        if (n > 0) counts[key].set(value, n);
      }
    }
  }

  /** How many of `rows` hold each value of `key`; values none of them holds are left out. */
  valueCounts(rows: Bitset, key: FacetKey): Map<string, number> {
    const counts = Object.fromEntries(FACET_KEYS.map((k) => [k, new Map<string, number>()])) as FacetCounts;
    this.countValues(rows, [key], counts);
    return counts[key];
  }

  /**
   * For each value `a` of `first` that some of `rows` hold, how many of those also hold each value `b` of `second`
   * (pairs none holds are left out; `only`, when given, keeps the values of both facets to those). Like `search`, by
   * AND and popcount per pair of values, or by one pass over the rows' own values when the rows are few.
   */
  pairCounts(rows: Bitset, first: FacetKey, second: FacetKey, only?: ReadonlySet<string>): Map<string, Map<string, number>> {
    const wanted = (key: FacetKey) => [...this.sets[key]].filter(([value]) => !only || only.has(value));
    const firsts = wanted(first);
    const seconds = wanted(second);
    const found = new Map<string, Map<string, number>>();
    // A row's values are scanned once more for each of its values of `first` (one or a few).
    if (!this.byRows(rows, firsts.length * (seconds.length + 2), 3)) {
      for (const [a, setA] of firsts) {
        const within = rows.clone().and(setA);
        if (within.count() === 0) continue;
        const cells = new Map<string, number>();
        for (const [b, setB] of seconds) {
          const n = within.countAnd(setB);
          if (n > 0) cells.set(b, n);
        }
        found.set(a, cells);
      }
      return found;
    }
    // Each value's place in `firsts` and `seconds` (-1: not counted), so the tallies are as small as the two lists.
    const place = (values: [string, Bitset][], key: FacetKey) => {
      const at = new Int32Array(this.valueNames.length).fill(-1);
      values.forEach(([value], i) => (at[this.valueIds.get(`${key}\u0000${value}`)!] = i));
      return at;
    };
    const firstAt = place(firsts, first);
    const secondAt = place(seconds, second);
    const width = seconds.length;
    const held = new Uint32Array(firsts.length);
    const together = new Uint32Array(firsts.length * width);
    const { pool, starts, lengths } = this;
    for (const id of rows.toArray()) {
      const start = starts[id]!;
      const end = start + lengths[id]!;
      for (let i = start; i < end; i++) {
        const a = firstAt[pool[i]!]!;
        if (a < 0) continue;
        held[a]!++;
        for (let j = start; j < end; j++) {
          const b = secondAt[pool[j]!]!;
          if (b >= 0) together[a * width + b]!++;
        }
      }
    }
    firsts.forEach(([a], i) => {
      if (held[i] === 0) return;
      const cells = new Map<string, number>();
      seconds.forEach(([b], j) => {
        const n = together[i * width + j]!;
        if (n > 0) cells.set(b, n);
      });
      found.set(a, cells);
    });
    return found;
  }

  /**
   * Whether `passes` over `rows`' own values cost less than `popcounts` ANDs and popcounts over the whole width: the
   * choice `search`, `valueCounts` and `pairCounts` make (unless the index was made to count one way).
   */
  private byRows(rows: Bitset, popcounts: number, passes = 1) {
    if (this.counting !== "auto") return this.counting === "rows";
    const perRow = this.count === 0 ? 0 : (this.poolEnd - this.poolGarbage) / this.count;
    return rows.count() * perRow * passes * ROW_VALUE_COST < popcounts * rows.width;
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

  private ordered(order: Order): Int32Array {
    if (!this.orders) {
      // Ties keep ascending ids: the ids come out of the set in that order and the sort is stable.
      const ids = this.all.toArray();
      const dates = this.dates;
      this.orders = {
        newest: ids.slice().sort((a, b) => dates[b]! - dates[a]! || a - b),
        oldest: ids.slice().sort((a, b) => dates[a]! - dates[b]! || a - b),
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
