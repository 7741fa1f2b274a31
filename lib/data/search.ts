import "server-only";
import type { Viewer } from "@/lib/auth/viewer-types";
import { db } from "@/lib/db";
import { getCatalogRows } from "@/lib/data/catalog";
import { getCards, type PostmortemCard } from "@/lib/data/cards";
import { getTaxonomy } from "@/lib/data/taxonomy";
import { applyFacets, type FacetCounts } from "@/lib/search/facets";
import { toFtsQuery } from "@/lib/search/fts-query";
import { candidateRange, closeTerms, foreignScript, namesTag, typoCandidates, type VocabularyTerm } from "@/lib/search/spelling";
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

export type SearchHelp = {
  /** Close matches for words that found nothing, with the query rewritten to use each. */
  suggestions: { word: string; replacement: string; query: string }[];
  tags: { slug: string; name: string }[];
  /** Set when the query has letters but none in the Latin script the stories are written in. */
  script: string | null;
};

// Vocabulary candidates scanned per word at most: the range query is bounded by first letter, this caps the rest.
const VOCABULARY_SCAN_LIMIT = 5000;
const SURFACE_START = "\u0001";
const SURFACE_END = "\u0002";

async function visibleMatch(match: string, visible: Set<number>): Promise<number | null> {
  const rows = await db.$queryRaw<{ id: number | bigint }[]>`SELECT rowid AS id FROM postmortem_fts WHERE postmortem_fts MATCH ${match}`;
  return rows.map((r) => Number(r.id)).find((id) => visible.has(id)) ?? null;
}

/** How a stemmed index term is actually written, taken from a story the reader may see (`kubernet` → `kubernetes`). */
async function surfaceForm(term: string, id: number): Promise<string> {
  const [row] = await db.$queryRaw<{ text: string }[]>`
    SELECT highlight(postmortem_fts, 0, ${SURFACE_START}, ${SURFACE_END}) || ' ' || highlight(postmortem_fts, 1, ${SURFACE_START}, ${SURFACE_END}) || ' ' ||
           highlight(postmortem_fts, 3, ${SURFACE_START}, ${SURFACE_END}) || ' ' || highlight(postmortem_fts, 4, ${SURFACE_START}, ${SURFACE_END}) || ' ' ||
           highlight(postmortem_fts, 5, ${SURFACE_START}, ${SURFACE_END}) || ' ' || highlight(postmortem_fts, 6, ${SURFACE_START}, ${SURFACE_END}) || ' ' ||
           highlight(postmortem_fts, 2, ${SURFACE_START}, ${SURFACE_END}) AS text
    FROM postmortem_fts WHERE postmortem_fts MATCH ${`"${term}"`} AND rowid = ${id}`;
  const marked = row?.text.match(new RegExp(`${SURFACE_START}([^${SURFACE_END}]+)${SURFACE_END}`));
  return marked ? marked[1]!.toLowerCase() : term;
}

/**
 * Help for a search that found nothing: spelling suggestions from the index vocabulary (the postmortem_vocab
 * fts5vocab table; candidates share the first letter, are ranked by edit distance then by how many stories use
 * them, and are kept only when a story the reader may see contains them), tags whose names or synonyms match,
 * and a note when the query is written in a script the content does not use.
 */
export async function getSearchHelp(q: string, viewer: Viewer | null): Promise<SearchHelp> {
  const script = foreignScript(q);
  if (script) return { suggestions: [], tags: [], script };
  const taxonomy = await getTaxonomy();
  const tags = taxonomy.tags
    .filter((tag) => namesTag(q, [tag.name, tag.slug, ...tag.synonyms.split(/[,\s]+/)]))
    .slice(0, 5)
    .map(({ slug, name }) => ({ slug, name }));
  const visible = new Set((await getCatalogRows(viewer)).map((row) => row.id));
  const suggestions: SearchHelp["suggestions"] = [];
  for (const word of typoCandidates(q)) {
    if ((await visibleMatch(`"${word}"`, visible)) !== null) continue;
    const range = candidateRange(word);
    const vocabulary = await db.$queryRaw<VocabularyTerm[]>`
      SELECT term, doc AS docs FROM postmortem_vocab
      WHERE term >= ${range.from} AND term < ${range.to} AND length(term) BETWEEN ${range.minLength} AND ${range.maxLength}
      LIMIT ${VOCABULARY_SCAN_LIMIT}`;
    for (const candidate of closeTerms(word, vocabulary.map((v) => ({ term: v.term, docs: Number(v.docs) })))) {
      const id = await visibleMatch(`"${candidate.term}"`, visible);
      if (id === null) continue;
      const replacement = await surfaceForm(candidate.term, id);
      // Words are letters only (typoCandidates), so they are safe in a pattern.
      const query = q.replace(new RegExp(word, "iu"), replacement);
      suggestions.push({ word, replacement, query });
      break;
    }
  }
  return { suggestions, tags, script: null };
}
