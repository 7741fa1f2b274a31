import "server-only";
import { db } from "@/lib/db";
import type { CardRow, CatalogBase, Link, SqlDialect, TimedMarker } from "@/lib/data/sql/dialect";
import { Bitset } from "@/lib/search/bitset";
import { tsQueryExpression, type SearchQuery } from "@/lib/search/fts-query";
import { MARK_END, MARK_START } from "@/lib/search/snippet";

// The PostgreSQL twin of lib/data/sql/sqlite.ts. Search reads postmortem_search (one weighted tsvector per story,
// GIN-indexed, kept by triggers) and postmortem_vocab, both made in prisma/postgres/migrations. Queries go through
// the app's Prisma client (adapter-pg) with positional parameters; counts and ids are int4 (adapter-pg returns
// int8 as bigint).

const rows = <T>(sql: string, ...params: unknown[]) => db.$queryRawUnsafe<T[]>(sql, ...params);

/** The user's query as a tsquery, in the same text search configuration as the documents. */
const TSQUERY = (param: number) => `to_tsquery('atlas', $${param})`;

/** ts_headline options: 24 words like the SQLite snippets, matches wrapped in the same control characters. */
const HEADLINE = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=24, MinWords=12, ShortWord=2, MaxFragments=1, FragmentDelimiter=" … "`;

// ts_rank with the weights A (title) > B (summary, tags) > C (root cause, lessons, components) > D (body); negated
// so that, as with bm25, lower is better.
const RANK = "-ts_rank(s.document, q)::float8";

/**
 * Many numbers as one comma-separated text: a common word has ~33k hits, and one value per row through the
 * driver adapter costs about as much again as the query (measured at 100k stories: 23–33 ms against 17–19 ms).
 */
const AGGREGATE = (value: string) => `coalesce(string_agg((${value})::text, ','), '')`;
/** Read as a JSON array: splitting made a string per number first (45k hits: ~2–5 ms against ~0.7, and the garbage). */
const numbers = (text: string) => JSON.parse(`[${text}]`) as number[];

async function ftsHits(query: SearchQuery) {
  const [found] = await rows<{ ids: string }>(
    `SELECT ${AGGREGATE("s.postmortem_id")} AS ids FROM postmortem_search s, ${TSQUERY(1)} q WHERE s.document @@ q`,
    tsQueryExpression(query),
  );
  return Bitset.parse(found?.ids ?? "");
}

async function ftsCount(query: SearchQuery, cap: number) {
  const [found] = await rows<{ n: number }>(
    `SELECT count(*)::int AS n FROM (SELECT 1 FROM postmortem_search s, ${TSQUERY(1)} q WHERE s.document @@ q LIMIT $2) hits`,
    tsQueryExpression(query),
    cap + 1,
  );
  return Number(found?.n ?? 0);
}

/**
 * In the app's whole relevance order (rank, retold before listed, newest, lowest id): ts_rank ties whole groups of
 * hits, and the search table holds the tie-breaking attributes, so the cut at `limit` is exact.
 */
async function ftsTop(query: SearchQuery, limit: number) {
  const found = await rows<{ id: number; rank: number }>(
    `SELECT s.postmortem_id AS id, ${RANK} AS rank FROM postmortem_search s, ${TSQUERY(1)} q WHERE s.document @@ q
     ORDER BY 2, s.listed, s.incident_date DESC, s.postmortem_id LIMIT $2`,
    tsQueryExpression(query),
    limit,
  );
  return found.map(({ id, rank }) => ({ id, rank: Number(rank) }));
}

async function ftsRanked(query: SearchQuery) {
  const [found] = await rows<{ ids: string; ranks: string }>(
    `SELECT ${AGGREGATE("s.postmortem_id")} AS ids, ${AGGREGATE(RANK)} AS ranks FROM postmortem_search s, ${TSQUERY(1)} q WHERE s.document @@ q`,
    tsQueryExpression(query),
  );
  const ranks = numbers(found?.ranks ?? "");
  return numbers(found?.ids ?? "").map((id, i) => ({ id, rank: ranks[i]! }));
}

async function ftsSnippets(query: SearchQuery, ids: number[]) {
  if (ids.length === 0) return new Map<number, string>();
  const headline = (text: string) => `ts_headline('atlas', ${text}, q, $3)`;
  const found = await rows<{ id: number; summary: string; body: string; cause: string; lessons: string }>(
    `SELECT p."id" AS id, ${headline(`p."summary"`)} AS summary, ${headline(`p."bodyText"`)} AS body, ${headline(`p."rootCause"`)} AS cause,
            ${headline(`coalesce((SELECT string_agg(l."text", ' ' ORDER BY l."position") FROM "Lesson" l WHERE l."postmortemId" = p."id"), '')`)} AS lessons
     FROM "Postmortem" p, ${TSQUERY(1)} q WHERE p."id" = ANY($2::int[])`,
    tsQueryExpression(query),
    ids,
    HEADLINE,
  );
  return new Map(
    found.map(({ id, ...texts }) => {
      const ordered = [texts.summary, texts.body, texts.cause, texts.lessons];
      return [id, ordered.find((text) => text.includes(MARK_START)) ?? ordered[0]!];
    }),
  );
}

/** Matches are read in id order, a batch at a time, until one is in `among`: a common word costs one batch. */
async function firstHit(query: SearchQuery, among: Bitset) {
  const expression = tsQueryExpression(query);
  for (let after = 0; ; ) {
    const batch = await rows<{ id: number }>(
      `SELECT s.postmortem_id AS id FROM postmortem_search s, ${TSQUERY(1)} q WHERE s.document @@ q AND s.postmortem_id > $2 ORDER BY s.postmortem_id LIMIT 500`,
      expression,
      after,
    );
    const hit = batch.find(({ id }) => among.has(id));
    if (hit) return hit.id;
    if (batch.length < 500) return null;
    after = batch[batch.length - 1]!.id;
  }
}

const vocabulary: SqlDialect["vocabulary"] = async (range, limit) =>
  rows<{ term: string; docs: number }>(
    `SELECT term, docs FROM postmortem_vocab WHERE term >= $1 AND term < $2 AND length(term) BETWEEN $3 AND $4 ORDER BY term LIMIT $5`,
    range.from,
    range.to,
    range.minLength,
    range.maxLength,
    limit,
  );

const SURFACE_START = "\u0001";
const SURFACE_END = "\u0002";

async function surfaceForm(term: string, id: number) {
  // Title, summary, root cause, lessons, tags and components first: short text, likelier to hold the plain word.
  const [row] = await rows<{ text: string }>(
    `SELECT ts_headline('atlas', concat_ws(' ', p."title", p."summary", p."rootCause",
              (SELECT string_agg(l."text", ' ') FROM "Lesson" l WHERE l."postmortemId" = p."id"),
              (SELECT string_agg(t."name", ' ') FROM "PostmortemTag" pt JOIN "Tag" t ON t."id" = pt."tagId" WHERE pt."postmortemId" = p."id"),
              (SELECT string_agg(c."name", ' ') FROM "PostmortemComponent" pc JOIN "Component" c ON c."id" = pc."componentId" WHERE pc."postmortemId" = p."id"),
              p."bodyText"), q, $3) AS text
     FROM "Postmortem" p, ${TSQUERY(1)} q WHERE p."id" = $2`,
    `'${term.replaceAll("'", "")}'`,
    id,
    `StartSel=${SURFACE_START}, StopSel=${SURFACE_END}, MaxFragments=1, MaxWords=12, MinWords=2`,
  );
  const marked = row?.text.match(new RegExp(`${SURFACE_START}([^${SURFACE_END}]+)${SURFACE_END}`));
  return marked ? marked[1]!.toLowerCase() : term;
}

/** `WHERE <column> = ANY($n)` for some ids, or no restriction for all of them. */
const idFilter = (column: string, ids: number[] | undefined, param = 1) => (ids ? `${column} = ANY($${param}::int[])` : "TRUE");
const idParams = (ids: number[] | undefined) => (ids ? [ids] : []);

async function catalogBase(ids?: number[]): Promise<CatalogBase[]> {
  return rows<CatalogBase>(
    `SELECT "id" AS id, "kind" AS kind, "status" AS status, "visibility" AS visibility, "teamId" AS "teamId", "severity" AS severity,
            "platform" AS platform, "incidentDate" AS "incidentDate", "coverage" AS coverage, "durationMinutes" AS "durationMinutes"
     FROM "Postmortem"
     WHERE ${idFilter(`"id"`, ids)} AND (("kind" = 'curated' AND "status" = 'published' AND "retoldAs" IS NULL) OR ("kind" = 'team' AND "archivedAt" IS NULL))`,
    ...idParams(ids),
  );
}

async function tagLinks(ids?: number[]): Promise<Link[]> {
  return rows<Link>(
    `SELECT l."postmortemId" AS "postmortemId", t."slug" AS slug, t."name" AS name, c."slug" AS category
     FROM "PostmortemTag" l JOIN "Tag" t ON t."id" = l."tagId" JOIN "Category" c ON c."id" = t."categoryId" WHERE ${idFilter(`l."postmortemId"`, ids)}`,
    ...idParams(ids),
  );
}

async function timedMarkers(ids?: number[]): Promise<TimedMarker[]> {
  return rows<TimedMarker>(
    `SELECT "postmortemId" AS "postmortemId", "marker" AS marker, "time" AS time FROM "TimelineEvent"
     WHERE ${idFilter(`"postmortemId"`, ids)} AND "marker" IS NOT NULL AND "time" IS NOT NULL`,
    ...idParams(ids),
  );
}

async function componentLinks(ids?: number[]): Promise<Link[]> {
  return rows<Link>(
    `SELECT l."postmortemId" AS "postmortemId", c."slug" AS slug, c."name" AS name, '' AS category
     FROM "PostmortemComponent" l JOIN "Component" c ON c."id" = l."componentId" WHERE ${idFilter(`l."postmortemId"`, ids)}`,
    ...idParams(ids),
  );
}

async function cardRows(ids: number[]): Promise<CardRow[]> {
  if (ids.length === 0) return [];
  type Raw = Omit<CardRow, "team"> & { teamSlug: string | null; teamName: string | null };
  const found = await rows<Raw>(
    `SELECT p."id" AS id, p."slug" AS slug, p."title" AS title, p."organization" AS organization, p."severity" AS severity,
            p."incidentDate" AS "incidentDate", p."datePrecision" AS "datePrecision", p."durationMinutes" AS "durationMinutes",
            p."durationApproximate" AS "durationApproximate", p."platform" AS platform, p."summary" AS summary, p."kind" AS kind,
            p."status" AS status, p."visibility" AS visibility, p."coverage" AS coverage, p."origin" AS origin, p."impact" AS impact,
            t."slug" AS "teamSlug", t."name" AS "teamName"
     FROM "Postmortem" p LEFT JOIN "Team" t ON t."id" = p."teamId" WHERE p."id" = ANY($1::int[])`,
    ids,
  );
  return found.map(({ teamSlug, teamName, coverage, ...row }) => ({
    ...row,
    coverage: coverage === "listed" ? "listed" : "retold",
    team: teamSlug && teamName ? { slug: teamSlug, name: teamName } : null,
  }));
}

async function changeBounds() {
  const [row] = await rows<{ max: number | null; min: number | null }>(`SELECT max("seq") AS max, min("seq") AS min FROM "CatalogChange"`);
  return { max: row?.max ?? 0, min: row?.min ?? 0 };
}

async function cacheGenerations() {
  const found = new Map((await rows<{ name: string; value: number }>(`SELECT "name", "value" FROM "CacheGeneration"`)).map((r) => [r.name, Number(r.value)]));
  return { public: found.get("public") ?? 0, taxonomy: found.get("taxonomy") ?? 0 };
}

async function changedSince(after: number, upTo: number) {
  const found = await rows<{ id: number }>(`SELECT DISTINCT "postmortemId" AS id FROM "CatalogChange" WHERE "seq" > $1 AND "seq" <= $2`, after, upTo);
  return found.map(({ id }) => id);
}

/** `?` placeholders as PostgreSQL's `$1`, `$2`, … (the statements `read` is given hold no `?` of their own). */
async function read<T extends object>(statement: string, params: unknown[] = []) {
  let n = 0;
  return rows<T>(statement.replace(/\?/g, () => `$${++n}`), ...params);
}

export const postgresDialect: SqlDialect = {
  topBreaksTies: true,
  ftsHits,
  ftsCount,
  ftsTop,
  ftsRanked,
  ftsSnippets,
  firstHit,
  vocabulary,
  surfaceForm,
  catalogBase,
  tagLinks,
  componentLinks,
  timedMarkers,
  cardRows,
  changeBounds,
  changedSince,
  cacheGenerations,
  read,
};
