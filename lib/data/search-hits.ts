import "server-only";
import { ftsRanked } from "@/lib/data/sql/sqlite";
import { Bitset } from "@/lib/search/bitset";
import type { FacetIndex } from "@/lib/search/facet-index";

/** A query's hits: as a set (for facets) and in relevance order (bm25, then retold before listed, then newest, then lowest id). */
export type Hits = { set: Bitset; ordered: Int32Array };

// Ranking every hit of a word found in a third of the catalogue is the costliest step of a search, and the
// same query comes back page after page and facet after facet. Results are kept per FTS expression for as
// long as the catalogue's change log has not moved: any write that changes a search document moves it.
const MAX_QUERIES = 64;
const shared = globalThis as unknown as { atlasSearchHits?: Map<string, Hits & { seq: number }> };
const cached = (shared.atlasSearchHits ??= new Map());

export function searchHits(match: string, index: FacetIndex, seq: number): Hits {
  const entry = cached.get(match);
  cached.delete(match);
  if (entry && entry.seq === seq) {
    cached.set(match, entry); // most recently used last
    return entry;
  }
  const ranked = ftsRanked(match).filter((hit) => index.get(hit.id));
  const date = (id: number) => index.get(id)!.date;
  // A retold story teaches more than a listed entry that matches as well, so it wins a tie.
  const listedLast = (id: number) => (index.get(id)!.values.coverage[0] === "listed" ? 1 : 0);
  ranked.sort((a, b) => a.rank - b.rank || listedLast(a.id) - listedLast(b.id) || date(b.id) - date(a.id) || a.id - b.id);
  const ordered = Int32Array.from(ranked, (hit) => hit.id);
  const hits = { seq, ordered, set: Bitset.of(ordered, 1) };
  cached.set(match, hits);
  if (cached.size > MAX_QUERIES) cached.delete(cached.keys().next().value!);
  return hits;
}
