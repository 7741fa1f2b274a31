import { Bitset } from "@/lib/search/bitset";
import type { FacetIndex } from "@/lib/search/facet-index";
import type { FacetKey } from "@/lib/search/facets";

export type Weights = Partial<Record<FacetKey, number>>;
export type Scored = { id: number; score: number };

/**
 * Scores the visible rows that share weighted facet values with `wanted` (each shared value adds its facet's
 * weight, a positive integer) and returns the best `limit`: highest score, then newest, then lowest id.
 *
 * Scores are summed bit-sliced: plane p holds bit p of every row's score, 32 rows per word, so adding a value's
 * set costs a few word operations per 32 rows instead of one step per row that holds it. The best rows are then
 * read score by score, from the highest down, each score's rows in date order through the index.
 */
export function rankBySharedValues(
  index: FacetIndex,
  visible: Bitset,
  wanted: Partial<Record<FacetKey, string[]>>,
  weights: Weights,
  limit: number,
  exclude?: number,
): Scored[] {
  const eligible = visible.clone();
  if (exclude !== undefined) eligible.delete(exclude);
  const terms: { set: Bitset; weight: number }[] = [];
  for (const [key, values] of Object.entries(wanted) as [FacetKey, string[]][]) {
    const weight = Math.round(weights[key] ?? 0);
    if (weight <= 0) continue;
    for (const value of new Set(values)) {
      const set = index.valueSet(key, value);
      if (set) terms.push({ set, weight });
    }
  }
  const maxScore = terms.reduce((sum, term) => sum + term.weight, 0);
  if (maxScore === 0 || limit <= 0) return [];

  const width = eligible.width;
  const planes = Array.from({ length: 32 - Math.clz32(maxScore) }, () => new Uint32Array(width));
  for (const { set, weight } of terms) {
    const words = set.words;
    const n = Math.min(width, words.length);
    for (let bit = 0; bit < planes.length; bit++) {
      if (!(weight & (1 << bit))) continue;
      for (let i = 0; i < n; i++) {
        let carry = words[i]! & eligible.words[i]!;
        for (let p = bit; carry !== 0 && p < planes.length; p++) {
          const plane = planes[p]!;
          const overflow = plane[i]! & carry;
          plane[i]! ^= carry;
          carry = overflow;
        }
      }
    }
  }

  const best: Scored[] = [];
  const bucket = new Bitset(width);
  for (let score = maxScore; score > 0 && best.length < limit; score--) {
    // bucket = rows whose score equals `score`, compared plane by plane.
    let any = 0;
    for (let i = 0; i < width; i++) {
      let equal = eligible.words[i]!;
      for (let p = 0; p < planes.length && equal !== 0; p++) equal &= score & (1 << p) ? planes[p]![i]! : ~planes[p]![i]!;
      bucket.words[i] = equal;
      any |= equal;
    }
    if (any === 0) continue;
    for (const id of index.page(bucket, "newest", 0, limit - best.length)) best.push({ id, score });
  }
  return best;
}
