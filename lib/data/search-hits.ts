import "server-only";
import { ftsIds, ftsRanked, ftsTop, type RankedHit } from "@/lib/data/sql/sqlite";
import { Bitset } from "@/lib/search/bitset";
import type { FacetIndex } from "@/lib/search/facet-index";
import { pageOf } from "@/lib/search/facet-index";

// A search needs two things from FTS5: the set of hits (for exact facet counts and totals) and, for relevance
// order, one page of them ranked by bm25, then retold before listed, then newest, then lowest id. Ranking is the costly part (every hit is
// scored), so the set is read unranked, and a page is first taken from the best few hits ranked in SQL; only when
// filters leave too few of those does the whole hit list get ranked. Both are kept per FTS expression for as long
// as the catalogue's change log has not moved: any write that changes a search document moves it.
const MAX_QUERIES = 64;
type Entry = { seq: number; set: Bitset; ordered?: Int32Array };
const shared = globalThis as unknown as { atlasSearchHits?: Map<string, Entry> };
const cached = (shared.atlasSearchHits ??= new Map());

function entryFor(match: string, index: FacetIndex, seq: number): Entry {
  const held = cached.get(match);
  cached.delete(match);
  const entry = held && held.seq === seq ? held : { seq, set: Bitset.of(ftsIds(match).filter((id) => index.get(id)), 1) };
  cached.set(match, entry); // most recently used last
  if (cached.size > MAX_QUERIES) cached.delete(cached.keys().next().value!);
  return entry;
}

/** The hits of an FTS expression among indexed postmortems, as a set. */
export function searchHitSet(match: string, index: FacetIndex, seq: number): Bitset {
  return entryFor(match, index, seq).set;
}

/** One page of `matching` (a subset of the hits) in relevance order. */
export function relevancePage(match: string, index: FacetIndex, seq: number, matching: Bitset, start: number, size: number): number[] {
  const entry = entryFor(match, index, seq);
  if (entry.ordered) return pageOf(entry.ordered, matching, start, size);
  const wanted = start + size;
  const limit = Math.max(64, wanted * 4);
  const top = ftsTop(match, limit);
  // Every hit ranked better than the worst one fetched is among those fetched, so that prefix is complete and its
  // order exact; hits tied with the worst one may have been cut, so they are left out unless nothing was cut.
  const complete = top.length < limit ? top : top.filter((hit) => hit.rank < top[top.length - 1]!.rank);
  const ordered = inRelevanceOrder(complete, index);
  const found = pageOf(ordered, matching, start, size);
  // A short page is exact when every matching hit was among the complete prefix (the last page of a result).
  const available = ordered.reduce((n, id) => n + (matching.has(id) ? 1 : 0), 0);
  if (found.length === size || available === matching.count()) return found;
  entry.ordered = inRelevanceOrder(ftsRanked(match), index);
  return pageOf(entry.ordered, matching, start, size);
}

function inRelevanceOrder(ranked: RankedHit[], index: FacetIndex): Int32Array {
  const hits = ranked.filter((hit) => index.get(hit.id));
  // Sort positions over typed arrays: a third of the catalogue is ~33k hits and ~500k comparisons.
  const ids = Int32Array.from(hits, (hit) => hit.id);
  const ranks = Float64Array.from(hits, (hit) => hit.rank);
  const dates = Float64Array.from(hits, (hit) => index.get(hit.id)!.date);
  // A retold story teaches more than a listed entry that matches as well, so it wins a tie.
  const listed = Uint8Array.from(hits, (hit) => (index.get(hit.id)!.values.coverage[0] === "listed" ? 1 : 0));
  const positions = Uint32Array.from(ids.keys()).sort(
    (a, b) => ranks[a]! - ranks[b]! || listed[a]! - listed[b]! || dates[b]! - dates[a]! || ids[a]! - ids[b]!,
  );
  return Int32Array.from(positions, (position) => ids[position]!);
}
