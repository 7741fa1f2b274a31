import "server-only";
import type { Viewer } from "@/lib/auth/viewer-types";
import { getCatalog, getCatalogIndex, readerKey, readerOf } from "@/lib/data/catalog";
import { getCards, type PostmortemCard } from "@/lib/data/cards";
import { getTaxonomy } from "@/lib/data/taxonomy";
import { relevancePage, searchHitSet } from "@/lib/data/search-hits";
import { pageSnippets } from "@/lib/data/search-snippets";
import { sharedPositionCache } from "@/lib/data/position-cache";
import { sql } from "@/lib/data/sql/dialect";
import { Bitset } from "@/lib/search/bitset";
import { FACET_KEYS, type FacetCounts } from "@/lib/search/facets";
import { parseSearchQuery, wordQuery, type SearchQuery } from "@/lib/search/fts-query";
import type { FacetIndex } from "@/lib/search/facet-index";
import { candidateRange, closeTerms, foreignScript, namesTag, typoCandidates } from "@/lib/search/spelling";
import { parseSnippet } from "@/lib/search/snippet";
import { synonymList } from "@/lib/validation/taxonomy";
import { parseBrowseParams, searchParamsToRecord, type BrowseFilters, type ParamErrors, type RawParams } from "@/lib/validation/browse-params";

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

/**
 * The rows of `base` that match the words (when there are any) and the facet filters, with facet counts. `rankTo`:
 * the end of the relevance page that will be shown, if one will (see searchHitSet).
 */
export async function filterRows(base: Bitset, filters: BrowseFilters, query: SearchQuery | null, index: FacetIndex, seq: number, rankTo?: number) {
  if (filters.q) base.and(query ? await searchHitSet(query, index, seq, rankTo) : new Bitset(1));
  return index.search(base, filters);
}

type Matched = { base: Bitset; matching: Bitset; counts: FacetCounts };
/**
 * Recent answers of matchBrowseFilters for the catalogue's current position: the pages of one listing (and its
 * sorts, and its insights) share the counting, which is the part that grows with the catalogue. Keyed by what the
 * reader may see, the words and the facets; a change to the catalogue moves its position and empties the memo.
 */
const memo = sharedPositionCache<Matched>("match", 256);

const memoKey = (filters: BrowseFilters, viewer: Viewer | null) =>
  JSON.stringify([readerKey(viewer), filters.q, filters.tagMatch, ...FACET_KEYS.map((key) => [...filters[key]].sort())]);

/** The rows the reader may see that match the search and the facets, with the facet counts (browse and insights). */
export async function matchBrowseFilters(filters: BrowseFilters, viewer: Viewer | null, rankTo?: number) {
  const { index, seq } = await getCatalog();
  const query = filters.q ? parseSearchQuery(filters.q) : null;
  const key = memoKey(filters, viewer);
  let found = memo.get(seq, key);
  if (!found) {
    const base = index.visibleTo(readerOf(viewer));
    found = { base, ...(await filterRows(base, filters, query, index, seq, rankTo)) };
    memo.set(seq, key, found);
  }
  // Callers may change the sets they are given; the memo keeps its own.
  return { index, seq, query, base: found.base.clone(), matching: found.matching.clone(), counts: found.counts };
}

/** Counts of visible postmortems per facet value, with no filters applied (shared through the memo above). */
export async function getCatalogCounts(viewer: Viewer | null): Promise<{ total: number; counts: FacetCounts }> {
  const { matching, counts } = await matchBrowseFilters(parseBrowseParams({}).filters, viewer);
  return { total: matching.count(), counts };
}

/** The end of the relevance page a search shows, when it shows one. */
const rankEnd = (filters: BrowseFilters) => (filters.q && filters.sort === "relevance" ? filters.page * filters.pageSize : undefined);

/**
 * Starts a text search's reads (its hits, and its best hits when it is in relevance order) as its request arrives,
 * before Next has routed it and rendered the layout, which takes ~4 ms: ranking a common word is the slowest part of
 * a search that has not been asked for before, and it runs on other threads (SQLite) or in the database. The hits
 * are the same for every reader, since each request then keeps only what its reader may see. scripts/serve.mjs
 * calls it, through globalThis, for GET /postmortems and /api/v1/postmortems; the request then finds the reads
 * under way (search-hits.ts).
 */
async function searchAhead(params: URLSearchParams): Promise<void> {
  const { filters } = parseBrowseParams(searchParamsToRecord(params));
  const query = filters.q ? parseSearchQuery(filters.q) : null;
  if (!query) return;
  const { index, seq } = await getCatalog();
  await searchHitSet(query, index, seq, rankEnd(filters));
}

(globalThis as unknown as { atlasSearchAhead?: (params: URLSearchParams) => void }).atlasSearchAhead = (params) => {
  searchAhead(params).catch(() => {}); // the request itself reads again, and answers with any error
};

/** A search whose totals and facet counts are known and whose page of results is still being read (and ranked). */
export type StartedSearch = Omit<SearchResult, "items"> & { items: Promise<PostmortemCard[]> };

/**
 * Full-text search plus facets, sorting and pagination over what the reader may see. Work is bounded by the page.
 * Answers once the hits are counted: a page renders its facets while its results are ranked (see search-hits.ts).
 */
export async function startSearch(filters: BrowseFilters, viewer: Viewer | null): Promise<StartedSearch> {
  const start = (filters.page - 1) * filters.pageSize;
  const { index, seq, query, matching, counts } = await matchBrowseFilters(filters, viewer, rankEnd(filters));
  const items = pageItems(filters, query, index, seq, matching, start);
  items.catch(() => {}); // the caller awaits it, unless it redirects first
  return {
    items,
    total: matching.count(),
    page: filters.page,
    pageSize: filters.pageSize,
    counts,
    emptyQuery: Boolean(filters.q) && query === null,
  };
}

async function pageItems(filters: BrowseFilters, query: SearchQuery | null, index: FacetIndex, seq: number, matching: Bitset, start: number) {
  const pageIds =
    query && filters.sort === "relevance"
      ? await relevancePage(query, index, seq, matching, start, filters.pageSize)
      : index.page(matching, filters.sort === "oldest" ? "oldest" : "newest", start, filters.pageSize);
  const [cards, snippets] = await Promise.all([getCards(pageIds), query ? pageSnippets(query, pageIds, seq) : null]);
  return snippets ? cards.map((card) => ({ ...card, snippet: parseSnippet(snippets.get(card.id) ?? "") })) : cards;
}

/** startSearch, with its page of results read. */
export async function searchPostmortems(filters: BrowseFilters, viewer: Viewer | null): Promise<SearchResult> {
  const { items, ...rest } = await startSearch(filters, viewer);
  return { ...rest, items: await items };
}

export type SearchHelp = {
  /** Close matches for words that found nothing, with the query rewritten to use each. */
  suggestions: { word: string; replacement: string; query: string }[];
  tags: { slug: string; name: string }[];
  /** Set when the query has letters but none in the Latin script the stories are written in. */
  script: string | null;
  /** The query with a lowercase "or" written as the OR operator, when it has one (a lowercase "or" is a word). */
  either: string | null;
};

const LOWERCASE_OR = /(^|\s)or(?=\s)/g;

// Vocabulary candidates scanned per word at most: the range query is bounded by first letter, this caps the rest.
const VOCABULARY_SCAN_LIMIT = 5000;

/**
 * Help for a search that found nothing: spelling suggestions from the index vocabulary (postmortem_vocab;
 * candidates share the first letter, are ranked by edit distance then by how many stories use
 * them, and are kept only when a story the reader may see contains them), tags whose names or synonyms match,
 * and a note when the query is written in a script the content does not use.
 */
export async function getSearchHelp(q: string, viewer: Viewer | null): Promise<SearchHelp> {
  const script = foreignScript(q);
  if (script) return { suggestions: [], tags: [], script, either: null };
  const withOr = q.replace(LOWERCASE_OR, "$1OR");
  const either = !q.includes('"') && withOr !== q ? withOr : null;
  const taxonomy = await getTaxonomy();
  const tags = taxonomy.tags
    .filter((tag) => namesTag(q, [tag.name, tag.slug, ...synonymList(tag.synonyms)]))
    .slice(0, 5)
    .map(({ slug, name }) => ({ slug, name }));
  const index = await getCatalogIndex();
  const visible = index.visibleTo(readerOf(viewer));
  const suggestions: SearchHelp["suggestions"] = [];
  const dialect = sql();
  for (const word of typoCandidates(q)) {
    if ((await dialect.firstHit(wordQuery(word), visible)) !== null) continue;
    for (const candidate of closeTerms(word, await dialect.vocabulary(candidateRange(word), VOCABULARY_SCAN_LIMIT))) {
      const id = await dialect.firstHit(wordQuery(candidate.term), visible);
      if (id === null) continue;
      const replacement = await dialect.surfaceForm(candidate.term, id);
      // Words are letters only (typoCandidates), so they are safe in a pattern.
      const query = q.replace(new RegExp(word, "iu"), replacement);
      suggestions.push({ word, replacement, query });
      break;
    }
  }
  return { suggestions, tags, script: null, either };
}
