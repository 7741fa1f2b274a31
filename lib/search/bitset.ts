// A fixed-width set of small non-negative integers (postmortem ids), 32 per word. Facet counting ANDs and
// counts these instead of scanning rows: at 100k ids a set is 12.5 KB and an AND plus popcount is ~3k word ops.

export class Bitset {
  words: Uint32Array;

  constructor(words: number | Uint32Array) {
    this.words = typeof words === "number" ? new Uint32Array(words) : words;
  }

  static forSize(maxId: number) {
    return new Bitset(Math.ceil((maxId + 1) / 32));
  }

  static of(ids: Iterable<number>, width: number) {
    const set = new Bitset(width);
    for (const id of ids) set.add(id);
    return set;
  }

  /**
   * The ids in a comma-separated list of decimal integers, as SQL's group_concat and string_agg write them ("" is the
   * empty set). One pass over the characters: a word in a third of 100k stories took ~2.2 ms as an array (JSON.parse,
   * then adding each id) and takes ~0.4 ms this way, without 45k numbers of garbage.
   */
  static parse(list: string) {
    const set = new Bitset(1);
    if (list.length === 0) return set;
    let id = 0;
    for (let i = 0; i < list.length; i++) {
      const c = list.charCodeAt(i);
      if (c === 44) {
        set.add(id);
        id = 0;
      } else id = id * 10 + (c - 48);
    }
    set.add(id);
    return set;
  }

  get width() {
    return this.words.length;
  }

  /** Grows to at least `width` words, doubling, so adding ids in ascending order stays linear. */
  ensure(width: number) {
    if (width <= this.words.length) return;
    const next = new Uint32Array(Math.max(width, this.words.length * 2));
    next.set(this.words);
    this.words = next;
  }

  add(id: number) {
    this.ensure((id >>> 5) + 1);
    this.words[id >>> 5]! |= 1 << (id & 31);
  }

  delete(id: number) {
    if (id >>> 5 < this.words.length) this.words[id >>> 5]! &= ~(1 << (id & 31));
  }

  has(id: number) {
    return id >>> 5 < this.words.length && (this.words[id >>> 5]! & (1 << (id & 31))) !== 0;
  }

  clone() {
    return new Bitset(this.words.slice());
  }

  /** In place: this ∧ other (ids beyond other's width are dropped). */
  and(other: Bitset) {
    const w = this.words;
    const o = other.words;
    const n = Math.min(w.length, o.length);
    for (let i = 0; i < n; i++) w[i]! &= o[i]!;
    w.fill(0, n);
    return this;
  }

  /** In place: this ∨ other. */
  or(other: Bitset) {
    this.ensure(other.words.length);
    const w = this.words;
    const o = other.words;
    for (let i = 0; i < o.length; i++) w[i]! |= o[i]!;
    return this;
  }

  count() {
    let total = 0;
    for (const word of this.words) total += popcount(word);
    return total;
  }

  /** |this ∧ other| without allocating. */
  countAnd(other: Bitset) {
    const w = this.words;
    const o = other.words;
    const n = Math.min(w.length, o.length);
    let total = 0;
    for (let i = 0; i < n; i++) total += popcount(w[i]! & o[i]!);
    return total;
  }

  /** The ids in ascending order, as one array: a loop over it costs ~20% less than a callback per id. */
  toArray() {
    const out = new Int32Array(this.count());
    const w = this.words;
    let n = 0;
    for (let i = 0; i < w.length; i++) {
      let word = w[i]!;
      while (word !== 0) {
        const low = word & -word;
        out[n++] = i * 32 + (31 - Math.clz32(low));
        word ^= low;
      }
    }
    return out;
  }

  *ids() {
    yield* this.toArray();
  }
}

function popcount(x: number) {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
