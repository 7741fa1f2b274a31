import "server-only";
import Database from "better-sqlite3";
import { databaseUrl } from "@/lib/database-url";
import type { CacheGenerations, CardRow, CatalogBase, Link, RankedHit, TimedMarker, SqlDialect, VocabularyRange } from "@/lib/data/sql/dialect";
import { Bitset } from "@/lib/search/bitset";
import { bm25For } from "@/lib/data/sql/sqlite-bm25.mjs";
import { createRanker, type Ranker } from "@/lib/data/sql/sqlite-ranker.mjs";
import { ftsExpression } from "@/lib/search/fts-query";
import { MARK_END, MARK_START } from "@/lib/search/snippet";
import type { VocabularyTerm } from "@/lib/search/spelling";

// Every statement specific to SQLite lives here: FTS5 and its functions, and the hot read path, which runs on a
// read-only better-sqlite3 connection of its own. Through Prisma's driver adapter, reading 33k search hits or
// 250k tag links cost 5–10× more than the query itself. WAL lets this connection read while Prisma's writes.
// lib/data/sql/postgres.ts is its twin; both implement SqlDialect (lib/data/sql/dialect.ts).

type Reader = { file: string; db: Database.Database; statements: Map<string, Database.Statement>; ranker: Ranker; bm25: string };
type Shared = { atlasReader?: Reader };
const shared = globalThis as unknown as Shared;

function reader() {
  const file = databaseUrl().replace(/^file:/, "");
  if (shared.atlasReader?.file !== file) {
    shared.atlasReader?.db.close();
    shared.atlasReader?.ranker.close();
    const db = new Database(file, { readonly: true, fileMustExist: true });
    db.pragma("busy_timeout = 5000");
    shared.atlasReader = { file, db, statements: new Map(), ranker: createRanker(file, prepared), bm25: bm25For(db) };
  }
  return shared.atlasReader;
}

function prepared(sql: string) {
  const { db, statements } = reader();
  let statement = statements.get(sql);
  if (!statement) statements.set(sql, (statement = db.prepare(sql).raw(true)));
  return statement;
}

const rows = <T extends unknown[]>(sql: string, params: unknown[] = []) => prepared(sql).all(...params) as T[];

/** Rows as objects keyed by column name (`prepared` gives arrays), for SqlDialect.read. */
function read<T extends object>(sql: string, params: unknown[] = []): T[] {
  const { db, statements } = reader();
  const key = `objects ${sql}`;
  let statement = statements.get(key);
  if (!statement) statements.set(key, (statement = db.prepare(sql)));
  return statement.all(...params) as T[];
}

const placeholders = (n: number) => Array.from({ length: n }, () => "?").join(",");
/** SQLite accepts 32,766 parameters; id lists are read in slices well below that. */
function inSlices<T>(ids: number[], read: (slice: number[]) => T[]): T[] {
  const out: T[] = [];
  for (let i = 0; i < ids.length; i += 10_000) out.push(...read(ids.slice(i, i + 10_000)));
  return out;
}
const forIds = <T extends unknown[]>(sql: (where: string) => string, ids: number[] | undefined) =>
  ids ? inSlices(ids, (slice) => rows<T>(sql(`IN (${placeholders(slice.length)})`), slice)) : rows<T>(sql("IS NOT NULL"));

/** As one comma-separated text: a common word has ~33k hits, and a row each cost 4× as much (10 ms against 2.4 at 100k). */
function ftsHits(match: string): Bitset {
  const [[ids]] = rows<[string | null]>(`SELECT group_concat(rowid) FROM postmortem_fts WHERE postmortem_fts MATCH ?`, [match]) as [[string | null]];
  return Bitset.parse(ids ?? "");
}

function ftsCount(match: string, cap: number): number {
  const [[count]] = rows<[number]>(`SELECT count(*) FROM (SELECT rowid FROM postmortem_fts WHERE postmortem_fts MATCH ? LIMIT ?)`, [match, cap + 1]) as [[number]];
  return count;
}

/** The best hits, ranked in two parts of the rowids on two threads when the catalogue is large (sqlite-ranker.mjs). */
async function ftsTop(match: string, limit: number): Promise<RankedHit[]> {
  const [[last]] = rows<[number | null]>(`SELECT max("id") FROM "Postmortem"`) as [[number | null]];
  const { bm25, ranker } = reader();
  const sql = `SELECT rowid, ${bm25} FROM postmortem_fts WHERE postmortem_fts MATCH ? AND rowid BETWEEN ? AND ? ORDER BY ${bm25} LIMIT ?`;
  const top = await ranker.top(sql, [match], last ?? 0, limit);
  return top.map(([id, rank]) => ({ id, rank }));
}

function ftsRanked(match: string): RankedHit[] {
  return rows<[number, number]>(`SELECT rowid, ${reader().bm25} FROM postmortem_fts WHERE postmortem_fts MATCH ?`, [match]).map(([id, rank]) => ({ id, rank }));
}

function ftsSnippets(match: string, ids: number[]): Map<number, string> {
  if (ids.length === 0) return new Map();
  const snippet = (column: number) => `snippet(postmortem_fts, ${column}, ?, ?, '…', 24)`;
  const found = rows<[number, string, string, string, string]>(
    `SELECT rowid, ${[1, 2, 3, 4].map(snippet).join(", ")} FROM postmortem_fts WHERE postmortem_fts MATCH ? AND rowid IN (${placeholders(ids.length)})`,
    [...[1, 2, 3, 4].flatMap(() => [MARK_START, MARK_END]), match, ...ids],
  );
  return new Map(found.map(([id, ...texts]) => [id, texts.find((text) => text.includes(MARK_START)) ?? texts[0]]));
}

function firstHit(match: string, among: Bitset): number | null {
  for (const [id] of prepared(`SELECT rowid FROM postmortem_fts WHERE postmortem_fts MATCH ?`).iterate(match) as IterableIterator<[number]>) {
    if (among.has(id)) return id;
  }
  return null;
}

function vocabulary(range: VocabularyRange, limit: number): VocabularyTerm[] {
  return rows<[string, number]>(`SELECT term, doc FROM postmortem_vocab WHERE term >= ? AND term < ? AND length(term) BETWEEN ? AND ? LIMIT ?`, [
    range.from,
    range.to,
    range.minLength,
    range.maxLength,
    limit,
  ]).map(([term, docs]) => ({ term, docs }));
}

const SURFACE_START = "\u0001";
const SURFACE_END = "\u0002";

function surfaceForm(term: string, id: number): string {
  // Title, summary, root cause, lessons, tags and components first: short text, likelier to hold the plain word.
  const columns = [0, 1, 3, 4, 5, 6, 2].map((c) => `highlight(postmortem_fts, ${c}, ?, ?)`).join(" || ' ' || ");
  const [row] = rows<[string]>(`SELECT ${columns} FROM postmortem_fts WHERE postmortem_fts MATCH ? AND rowid = ?`, [
    ...Array.from({ length: 7 }, () => [SURFACE_START, SURFACE_END]).flat(),
    `"${term}"`,
    id,
  ]);
  const marked = row?.[0].match(new RegExp(`${SURFACE_START}([^${SURFACE_END}]+)${SURFACE_END}`));
  return marked ? marked[1]!.toLowerCase() : term;
}

function catalogBase(ids?: number[]): CatalogBase[] {
  return forIds<[number, string, string, string, number | null, string, string, string, string, number | null]>(
    (where) => `SELECT id, kind, status, visibility, teamId, severity, platform, incidentDate, coverage, durationMinutes FROM "Postmortem"
                WHERE id ${where} AND ((kind = 'curated' AND status = 'published' AND retoldAs IS NULL) OR (kind = 'team' AND archivedAt IS NULL))`,
    ids,
  ).map(([id, kind, status, visibility, teamId, severity, platform, date, coverage, durationMinutes]) => ({
    id,
    kind,
    status,
    visibility,
    teamId,
    severity,
    platform,
    incidentDate: new Date(date),
    coverage,
    durationMinutes,
  }));
}

function tagLinks(ids?: number[]): Link[] {
  return forIds<[number, string, string, string]>(
    (where) => `SELECT l.postmortemId, t.slug, t.name, c.slug FROM "PostmortemTag" l JOIN "Tag" t ON t.id = l.tagId
                JOIN "Category" c ON c.id = t.categoryId WHERE l.postmortemId ${where}`,
    ids,
  ).map(([postmortemId, slug, name, category]) => ({ postmortemId, slug, name, category }));
}

function componentLinks(ids?: number[]): Link[] {
  return forIds<[number, string, string]>(
    (where) => `SELECT l.postmortemId, c.slug, c.name FROM "PostmortemComponent" l JOIN "Component" c ON c.id = l.componentId WHERE l.postmortemId ${where}`,
    ids,
  ).map(([postmortemId, slug, name]) => ({ postmortemId, slug, name, category: "" }));
}

function timedMarkers(ids?: number[]): TimedMarker[] {
  return forIds<[number, string, string]>(
    (where) => `SELECT postmortemId, marker, time FROM "TimelineEvent" WHERE postmortemId ${where} AND marker IS NOT NULL AND time IS NOT NULL`,
    ids,
  ).map(([postmortemId, marker, time]) => ({ postmortemId, marker, time }));
}

function cardRows(ids: number[]): CardRow[] {
  type Raw = [
    number,
    string,
    string,
    string,
    string,
    string,
    string,
    number | null,
    number,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string | null,
    string | null,
  ];
  return rows<Raw>(
    `SELECT p.id, p.slug, p.title, p.organization, p.severity, p.incidentDate, p.datePrecision, p.durationMinutes, p.durationApproximate,
            p.platform, p.summary, p.kind, p.status, p.visibility, p.coverage, p.origin, p.impact, t.slug, t.name
     FROM "Postmortem" p LEFT JOIN "Team" t ON t.id = p.teamId WHERE p.id IN (${placeholders(ids.length)})`,
    ids,
  ).map(([id, slug, title, organization, severity, date, datePrecision, durationMinutes, approx, platform, summary, kind, status, visibility, coverage, origin, impact, teamSlug, teamName]) => ({
    id,
    slug,
    title,
    organization,
    severity,
    incidentDate: new Date(date),
    datePrecision,
    durationMinutes,
    durationApproximate: approx === 1,
    platform,
    summary,
    kind,
    status,
    visibility,
    coverage: coverage === "listed" ? "listed" : "retold",
    origin,
    impact,
    team: teamSlug && teamName ? { slug: teamSlug, name: teamName } : null,
  }));
}

function changeBounds(): { max: number; min: number } {
  // Two subqueries: SQLite answers a lone min() or max() from the primary key, both together by a scan.
  const [[max, min]] = rows<[number | null, number | null]>(`SELECT (SELECT max(seq) FROM "CatalogChange"), (SELECT min(seq) FROM "CatalogChange")`) as [
    [number | null, number | null],
  ];
  return { max: max ?? 0, min: min ?? 0 };
}

function changedSince(after: number, upTo: number): number[] {
  return rows<[number]>(`SELECT DISTINCT postmortemId FROM "CatalogChange" WHERE seq > ? AND seq <= ?`, [after, upTo]).map(([id]) => id);
}

function cacheGenerations(): CacheGenerations {
  const found = new Map(rows<[string, number]>(`SELECT "name", "value" FROM "CacheGeneration"`));
  return { public: found.get("public") ?? 0, taxonomy: found.get("taxonomy") ?? 0 };
}

// better-sqlite3 is synchronous; the interface is asynchronous for PostgreSQL's sake.
export const sqliteDialect: SqlDialect = {
  topBreaksTies: false,
  ftsHits: async (query) => ftsHits(ftsExpression(query)),
  ftsCount: async (query, cap) => ftsCount(ftsExpression(query), cap),
  ftsTop: (query, limit) => ftsTop(ftsExpression(query), limit),
  ftsRanked: async (query) => ftsRanked(ftsExpression(query)),
  ftsSnippets: async (query, ids) => ftsSnippets(ftsExpression(query), ids),
  firstHit: async (query, among) => firstHit(ftsExpression(query), among),
  vocabulary: async (range, limit) => vocabulary(range, limit),
  surfaceForm: async (term, id) => surfaceForm(term, id),
  catalogBase: async (ids) => catalogBase(ids),
  tagLinks: async (ids) => tagLinks(ids),
  componentLinks: async (ids) => componentLinks(ids),
  timedMarkers: async (ids) => timedMarkers(ids),
  cardRows: async (ids) => cardRows(ids),
  changeBounds: async () => changeBounds(),
  changedSince: async (after, upTo) => changedSince(after, upTo),
  cacheGenerations: async () => cacheGenerations(),
  read: async (statement, params) => read(statement, params),
};
