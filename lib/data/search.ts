import "server-only";
import type { Viewer } from "@/lib/auth/viewer-types";
import { getCatalog, readerOf } from "@/lib/data/catalog";
import { getCards, type PostmortemCard } from "@/lib/data/cards";
import { getTaxonomy } from "@/lib/data/taxonomy";
import { searchHits } from "@/lib/data/search-hits";
import { ftsSnippets } from "@/lib/data/sql/sqlite";
import { Bitset } from "@/lib/search/bitset";
import { pageOf } from "@/lib/search/facet-index";
import type { FacetCounts } from "@/lib/search/facets";
import { toFtsQuery } from "@/lib/search/fts-query";
import { parseSnippet } from "@/lib/search/snippet";
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

/** Full-text search plus facets, sorting and pagination over what the reader may see. Work is bounded by the page. */
export async function searchPostmortems(filters: BrowseFilters, viewer: Viewer | null): Promise<SearchResult> {
  const { index, seq } = await getCatalog();
  const base = index.visibleTo(readerOf(viewer));
  const match = filters.q ? toFtsQuery(filters.q) : null;
  const hits = match ? searchHits(match, index, seq) : null;
  if (filters.q) base.and(hits?.set ?? new Bitset(1));
  const { matching, counts } = index.search(base, filters);
  const start = (filters.page - 1) * filters.pageSize;
  const pageIds = hits && filters.sort === "relevance" ? pageOf(hits.ordered, matching, start, filters.pageSize) : index.page(matching, filters.sort === "oldest" ? "oldest" : "newest", start, filters.pageSize);

  const cards = await getCards(pageIds);
  const snippets = match ? ftsSnippets(match, pageIds) : null;
  const items = snippets ? cards.map((card) => ({ ...card, snippet: parseSnippet(snippets.get(card.id) ?? "") })) : cards;
  return {
    items,
    total: matching.count(),
    page: filters.page,
    pageSize: filters.pageSize,
    counts,
    emptyQuery: Boolean(filters.q) && match === null,
  };
}
