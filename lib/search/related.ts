import type { Bitset } from "@/lib/search/bitset";
import type { FacetIndex } from "@/lib/search/facet-index";
import type { FacetKey } from "@/lib/search/facets";

export type Weights = Partial<Record<FacetKey, number>>;
export type Scored = { id: number; score: number };

/**
 * Scores the visible rows that share weighted facet values with `wanted` (each shared value adds its facet's
 * weight) and returns the best `limit`: highest score, then newest, then lowest id. Only rows holding one of the
 * wanted values are touched, through their bitsets, never the whole catalogue.
 */
export function rankBySharedValues(
  index: FacetIndex,
  visible: Bitset,
  wanted: Partial<Record<FacetKey, string[]>>,
  weights: Weights,
  limit: number,
  exclude?: number,
): Scored[] {
  // Scores live in a typed array indexed by id; `candidates` remembers which ids were touched.
  const scores = new Float64Array(visible.width * 32);
  const candidates: number[] = [];
  for (const [key, values] of Object.entries(wanted) as [FacetKey, string[]][]) {
    const weight = weights[key] ?? 0;
    if (!weight) continue;
    for (const value of new Set(values)) {
      const set = index.valueSet(key, value);
      if (!set) continue;
      for (const id of set.clone().and(visible).ids()) {
        if (id === exclude) continue;
        if (scores[id] === 0) candidates.push(id);
        scores[id]! += weight;
      }
    }
  }
  const date = (id: number) => index.get(id)!.date;
  const better = (a: Scored, b: Scored) => b.score - a.score || date(b.id) - date(a.id) || a.id - b.id;
  // A bounded insertion into the best `limit` keeps this linear in the candidates.
  const best: Scored[] = [];
  for (const id of candidates) {
    const entry = { id, score: scores[id]! };
    if (best.length === limit && better(entry, best[limit - 1]!) >= 0) continue;
    let i = best.length;
    while (i > 0 && better(entry, best[i - 1]!) < 0) i--;
    best.splice(i, 0, entry);
    if (best.length > limit) best.pop();
  }
  return best;
}
