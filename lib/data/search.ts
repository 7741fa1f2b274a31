import "server-only";
import type { Viewer } from "@/lib/auth/viewer-types";
import { db } from "@/lib/db";
import { getCatalogRows } from "@/lib/data/catalog";
import { getCards, type PostmortemCard } from "@/lib/data/cards";
import { getTaxonomy } from "@/lib/data/taxonomy";
import { applyFacets, type FacetCounts } from "@/lib/search/facets";
import { toFtsQuery } from "@/lib/search/fts-query";
import { MARK_END, MARK_START, parseSnippet } from "@/lib/search/snippet";
import { parseBrowseParams, type BrowseFilters, type ParamErrors, type RawParams } from "@/lib/validation/browse-params";

export type SearchResult = {
  items: PostmortemCard[];
  total: number;
  page: number;
  pageSize: number;
  counts: FacetCounts;
  /** Set when the query had no searchable words (only punctuation or operators). */
  emptyQuery: boolean;
};

type FtsHit = { id: number; rank: number; snippet: string };
type FtsRow = { id: number | bigint; rank: number; summary: string; body: string; rootCause: string; lessons: string };

// Column weights for bm25: title, summary, body, root_cause, lessons, tags, components.
// Snippets come only from prose columns (summary, body, root cause, lessons): the first one that matched wins,
// so a hit on a tag synonym still shows readable text.
async function ftsHits(match: string): Promise<Map<number, FtsHit>> {
  const rows = await db.$queryRaw<FtsRow[]>`
    SELECT rowid AS id,
           bm25(postmortem_fts, 10.0, 5.0, 1.0, 3.0, 2.0, 4.0, 3.0) AS rank,
           snippet(postmortem_fts, 1, ${MARK_START}, ${MARK_END}, '…', 24) AS summary,
           snippet(postmortem_fts, 2, ${MARK_START}, ${MARK_END}, '…', 24) AS body,
           snippet(postmortem_fts, 3, ${MARK_START}, ${MARK_END}, '…', 24) AS rootCause,
           snippet(postmortem_fts, 4, ${MARK_START}, ${MARK_END}, '…', 24) AS lessons
    FROM postmortem_fts
    WHERE postmortem_fts MATCH ${match}`;
  return new Map(
    rows.map((r) => {
      const candidates = [r.summary, r.body, r.rootCause, r.lessons];
      const snippet = candidates.find((text) => text.includes(MARK_START)) ?? r.summary;
      return [Number(r.id), { id: Number(r.id), rank: r.rank, snippet }];
    }),
  );
}

/**
 * Parses browse parameters and checks slugs against the taxonomy. Invalid or unknown values are
 * dropped from the filters and reported by parameter name (the API answers 400, pages show a notice).
 */
export async function resolveBrowseParams(raw: RawParams): Promise<{ filters: BrowseFilters; errors: ParamErrors; redirected: boolean }> {
  const { filters, errors } = parseBrowseParams(raw);
  const taxonomy = await getTaxonomy();
  // Renamed or merged tags keep their old filter links working; pages redirect to the canonical URL.
  const redirected = filters.tag.some((slug) => taxonomy.tagRedirects.has(slug));
  filters.tag = [...new Set(filters.tag.map((slug) => taxonomy.tagRedirects.get(slug) ?? slug))];
  const known = { category: taxonomy.categoryBySlug, tag: taxonomy.tagBySlug, component: taxonomy.componentBySlug };
  for (const key of ["category", "tag", "component"] as const) {
    const unknown = filters[key].filter((slug) => !known[key].has(slug));
    if (unknown.length === 0) continue;
    errors[key] ??= `unknown ${key} "${unknown[0]}"`;
    filters[key] = filters[key].filter((slug) => known[key].has(slug));
  }
  return { filters, errors, redirected };
}

/** Full-text search plus facets, sorting and pagination over what the reader may see. */
export async function searchPostmortems(filters: BrowseFilters, viewer: Viewer | null): Promise<SearchResult> {
  let rows = await getCatalogRows(viewer);
  let hits: Map<number, FtsHit> | null = null;
  const match = filters.q ? toFtsQuery(filters.q) : null;
  if (filters.q) {
    hits = match ? await ftsHits(match) : new Map();
    rows = rows.filter((row) => hits!.has(row.id));
  }
  const { matching, counts } = applyFacets(rows, filters);

  const byDate = (a: { incidentDate: Date }, b: { incidentDate: Date }) => a.incidentDate.getTime() - b.incidentDate.getTime();
  const sorted = [...matching].sort((a, b) => {
    if (filters.sort === "oldest") return byDate(a, b);
    if (filters.sort === "relevance" && hits) return hits.get(a.id)!.rank - hits.get(b.id)!.rank || byDate(b, a);
    return byDate(b, a);
  });

  const start = (filters.page - 1) * filters.pageSize;
  const pageIds = sorted.slice(start, start + filters.pageSize).map((row) => row.id);
  const cards = await getCards(pageIds);
  const items = hits
    ? cards.map((card) => ({ ...card, snippet: parseSnippet(hits!.get(card.id)?.snippet ?? "") }))
    : cards;

  return {
    items,
    total: matching.length,
    page: filters.page,
    pageSize: filters.pageSize,
    counts,
    emptyQuery: Boolean(filters.q) && match === null,
  };
}
