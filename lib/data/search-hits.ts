import "server-only";
import { sharedPositionCache } from "@/lib/data/position-cache";
import { sql, type RankedHit } from "@/lib/data/sql/dialect";
import type { Bitset } from "@/lib/search/bitset";
import type { FacetIndex } from "@/lib/search/facet-index";
import { pageOf } from "@/lib/search/facet-index";
import type { SearchQuery } from "@/lib/search/fts-query";

// A search needs two things from the search engine: the set of hits (for exact facet counts and totals) and, for
// relevance order, one page of them ranked (bm25 or ts_rank), then retold before listed, then newest, then lowest id.
// Ranking is the costly part (every hit is scored), so the set is read unranked, and a page is first taken from the
// best few hits ranked in SQL; only when filters leave too few of those does the whole hit list get ranked. Both are
// kept per query for as long as the catalogue's change log has not moved: any write that changes a search document moves it.
// `set`: the hits, read at once; `best`: the best hits in exact relevance order (enough for the first pages), ranked
// while the request goes on with the set (on other threads or in the database); `ordered`: every hit, when needed.
// An entry is kept from its first request on, so that requests for the same query at once share its reads; a read
// that fails is dropped from it, and the next request reads again.
type Entry = { set?: Promise<Bitset>; best?: Promise<Int32Array>; ordered?: Int32Array };
const BEST_HITS = 200;
const entries = sharedPositionCache<Entry>("search-hits", 64);

const topLimit = (end: number) => Math.max(BEST_HITS, end * 4);

/** The query's entry at `seq`, made empty when there is none. */
function entryOf(query: SearchQuery, seq: number): Entry {
  const key = JSON.stringify(query);
  let entry = entries.get(seq, key);
  if (!entry) entries.set(seq, key, (entry = {}));
  return entry;
}

/** `read`, stored in the entry's `field` until it fails (the caller that awaits it gets the error). */
function kept<K extends "set" | "best">(entry: Entry, field: K, read: NonNullable<Entry[K]>): NonNullable<Entry[K]> {
  entry[field] = read;
  read.catch(() => {
    if (entry[field] === read) entry[field] = undefined;
  });
  return read;
}

const bestHits = (entry: Entry, query: SearchQuery, limit: number, index: FacetIndex) =>
  entry.best ?? kept(entry, "best", sql().ftsTop(query, limit).then((top) => bestOf(top, limit, index)));

/**
 * The hits of a query among indexed postmortems, as a set. `rankTo`, when a relevance page ending there will be
 * asked for: the best hits are then ranked at once, and the request counts facets and renders the rest of its page
 * meanwhile. Called ahead of a request's rendering, it starts both reads (lib/data/search.ts, searchAhead).
 */
export function searchHitSet(query: SearchQuery, index: FacetIndex, seq: number, rankTo?: number): Promise<Bitset> {
  const entry = entryOf(query, seq);
  if (rankTo !== undefined && !entry.ordered) void bestHits(entry, query, topLimit(rankTo), index);
  return (
    entry.set ??
    kept(
      entry,
      "set",
      sql()
        .ftsHits(query)
        .then((hits) => hits.and(index.all)),
    )
  );
}

/**
 * The complete prefix of the `limit` best hits, in relevance order. Every hit ranked better than the worst one
 * fetched is among those fetched, so that prefix is complete and its order exact; hits tied with the worst one may
 * have been cut, so they are left out unless nothing was cut or the database broke the ties as the app does.
 */
function bestOf(top: RankedHit[], limit: number, index: FacetIndex): Int32Array {
  const cut = top.length === limit && !sql().topBreaksTies;
  const complete = cut ? top.filter((hit) => hit.rank < top[top.length - 1]!.rank) : top;
  return inRelevanceOrder(complete, index);
}

/** One page of `matching` (a subset of the hits) in relevance order. */
export async function relevancePage(query: SearchQuery, index: FacetIndex, seq: number, matching: Bitset, start: number, size: number): Promise<number[]> {
  const entry = entryOf(query, seq);
  if (!entry.ordered) {
    const best = await bestHits(entry, query, topLimit(start + size), index);
    const found = pageOf(best, matching, start, size);
    // A short page is exact when every matching hit is among the best ones (the last page of a result).
    if (found.length === size || best.reduce((n, id) => n + (matching.has(id) ? 1 : 0), 0) === matching.count()) return found;
    entry.ordered = inRelevanceOrder(await sql().ftsRanked(query), index);
  }
  return pageOf(entry.ordered, matching, start, size);
}

function inRelevanceOrder(ranked: RankedHit[], index: FacetIndex): Int32Array {
  const hits = ranked.filter((hit) => index.has(hit.id));
  // Sort positions over typed arrays: a third of the catalogue is ~33k hits and ~500k comparisons.
  const ids = Int32Array.from(hits, (hit) => hit.id);
  const ranks = Float64Array.from(hits, (hit) => hit.rank);
  const dates = Float64Array.from(hits, (hit) => index.dateOf(hit.id));
  // A retold story teaches more than a listed entry that matches as well, so it wins a tie.
  const listedRows = index.valueSet("coverage", "listed");
  const listed = Uint8Array.from(hits, (hit) => (listedRows?.has(hit.id) ? 1 : 0));
  const positions = Uint32Array.from(ids.keys()).sort(
    (a, b) => ranks[a]! - ranks[b]! || listed[a]! - listed[b]! || dates[b]! - dates[a]! || ids[a]! - ids[b]!,
  );
  return Int32Array.from(positions, (position) => ids[position]!);
}
