import "server-only";
import { sql } from "@/lib/data/sql/dialect";
import { Bitset } from "@/lib/search/bitset";
import type { FacetIndex } from "@/lib/search/facet-index";
import type { SearchQuery } from "@/lib/search/fts-query";

/** A query's hits: as a set (for facets) and in relevance order (rank, then newest, then lowest id). */
export type Hits = { set: Bitset; ordered: Int32Array };

// Ranking every hit of a word found in a third of the catalogue is the costliest step of a search, and the
// same query comes back page after page and facet after facet. Results are kept per FTS expression for as
// long as the catalogue's change log has not moved: any write that changes a search document moves it.
const MAX_QUERIES = 64;
const shared = globalThis as unknown as { atlasSearchHits?: Map<string, Hits & { seq: number }> };
const cached = (shared.atlasSearchHits ??= new Map());

export async function searchHits(query: SearchQuery, index: FacetIndex, seq: number): Promise<Hits> {
  const match = JSON.stringify(query);
  const entry = cached.get(match);
  cached.delete(match);
  if (entry && entry.seq === seq) {
    cached.set(match, entry); // most recently used last
    return entry;
  }
  const ranked = (await sql().ftsRanked(query)).filter((hit) => index.get(hit.id));
  const date = (id: number) => index.get(id)!.date;
  ranked.sort((a, b) => a.rank - b.rank || date(b.id) - date(a.id) || a.id - b.id);
  const ordered = Int32Array.from(ranked, (hit) => hit.id);
  const hits = { seq, ordered, set: Bitset.of(ordered, 1) };
  cached.set(match, hits);
  if (cached.size > MAX_QUERIES) cached.delete(cached.keys().next().value!);
  return hits;
}
