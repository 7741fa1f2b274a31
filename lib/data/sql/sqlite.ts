import "server-only";
import Database from "better-sqlite3";
import { databaseUrl } from "@/lib/database-url";
import type { Bitset } from "@/lib/search/bitset";
import { MARK_END, MARK_START } from "@/lib/search/snippet";
import type { VocabularyTerm } from "@/lib/search/spelling";

// Every statement specific to SQLite lives here: FTS5 and its functions, and the hot read path, which runs on a
// read-only better-sqlite3 connection of its own. Through Prisma's driver adapter, reading 33k search hits or
// 250k tag links cost 5–10× more than the query itself. WAL lets this connection read while Prisma's writes.
// A PostgreSQL twin of this module implements the same exports.

type Reader = { file: string; db: Database.Database; statements: Map<string, Database.Statement> };
type Shared = { atlasReader?: Reader };
const shared = globalThis as unknown as Shared;

function reader() {
  const file = databaseUrl().replace(/^file:/, "");
  if (shared.atlasReader?.file !== file) {
    shared.atlasReader?.db.close();
    const db = new Database(file, { readonly: true, fileMustExist: true });
    db.pragma("busy_timeout = 5000");
    shared.atlasReader = { file, db, statements: new Map() };
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

const placeholders = (n: number) => Array.from({ length: n }, () => "?").join(",");
/** SQLite accepts 32,766 parameters; id lists are read in slices well below that. */
function inSlices<T>(ids: number[], read: (slice: number[]) => T[]): T[] {
  const out: T[] = [];
  for (let i = 0; i < ids.length; i += 10_000) out.push(...read(ids.slice(i, i + 10_000)));
  return out;
}
const forIds = <T extends unknown[]>(sql: (where: string) => string, ids: number[] | undefined) =>
  ids ? inSlices(ids, (slice) => rows<T>(sql(`IN (${placeholders(slice.length)})`), slice)) : rows<T>(sql("IS NOT NULL"));

export type RankedHit = { id: number; rank: number };

// Column weights: title, summary, body, root_cause, lessons, tags, components.
const BM25 = "bm25(postmortem_fts, 10.0, 5.0, 1.0, 3.0, 2.0, 4.0, 3.0)";

/** Every postmortem matching an FTS5 expression, unranked: ranking is the costly part, and counts need no order. */
export function ftsIds(match: string): number[] {
  return rows<[number]>(`SELECT rowid FROM postmortem_fts WHERE postmortem_fts MATCH ?`, [match]).map(([id]) => id);
}

/** The `limit` best hits by bm25 (lower is better), in no particular order among equal ranks. */
export function ftsTop(match: string, limit: number): RankedHit[] {
  return rows<[number, number]>(`SELECT rowid, ${BM25} FROM postmortem_fts WHERE postmortem_fts MATCH ? ORDER BY ${BM25} LIMIT ?`, [match, limit]).map(
    ([id, rank]) => ({ id, rank }),
  );
}

/** Every postmortem matching an FTS5 expression with its bm25 rank (lower is better). Snippets are built per page. */
export function ftsRanked(match: string): RankedHit[] {
  return rows<[number, number]>(`SELECT rowid, ${BM25} FROM postmortem_fts WHERE postmortem_fts MATCH ?`, [match]).map(([id, rank]) => ({ id, rank }));
}

/**
 * Snippets for the rows shown, from prose columns only (summary, body, root cause, lessons): the first that
 * matched wins, so a hit on a tag synonym still shows readable text. Matches are wrapped in MARK_START/MARK_END.
 */
export function ftsSnippets(match: string, ids: number[]): Map<number, string> {
  if (ids.length === 0) return new Map();
  const snippet = (column: number) => `snippet(postmortem_fts, ${column}, ?, ?, '…', 24)`;
  const found = rows<[number, string, string, string, string]>(
    `SELECT rowid, ${[1, 2, 3, 4].map(snippet).join(", ")} FROM postmortem_fts WHERE postmortem_fts MATCH ? AND rowid IN (${placeholders(ids.length)})`,
    [...[1, 2, 3, 4].flatMap(() => [MARK_START, MARK_END]), match, ...ids],
  );
  return new Map(found.map(([id, ...texts]) => [id, texts.find((text) => text.includes(MARK_START)) ?? texts[0]]));
}

/** The first postmortem in `among` that matches, or null. Reading stops there: a common word costs little. */
export function firstHit(match: string, among: Bitset): number | null {
  for (const [id] of prepared(`SELECT rowid FROM postmortem_fts WHERE postmortem_fts MATCH ?`).iterate(match) as IterableIterator<[number]>) {
    if (among.has(id)) return id;
  }
  return null;
}

/** Index terms in [from, to) of a length in [minLength, maxLength], with how many stories use each, at most `limit`. */
export function vocabulary(range: { from: string; to: string; minLength: number; maxLength: number }, limit: number): VocabularyTerm[] {
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

/** How a stemmed index term is written in one story (`kubernet` → `kubernetes`), or the term itself. */
export function surfaceForm(term: string, id: number): string {
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

export type CatalogBase = {
  id: number;
  kind: string;
  status: string;
  visibility: string;
  teamId: number | null;
  severity: string;
  platform: string;
  incidentDate: Date;
  coverage: string;
};
export type Link = { postmortemId: number; slug: string; name: string; category: string };

/**
 * The listing attributes of postmortems somebody may list (published curated ones, except listed entries a retold
 * story supersedes; team ones not archived), all or some.
 */
export function catalogBase(ids?: number[]): CatalogBase[] {
  return forIds<[number, string, string, string, number | null, string, string, string, string]>(
    (where) => `SELECT id, kind, status, visibility, teamId, severity, platform, incidentDate, coverage FROM "Postmortem"
                WHERE id ${where} AND ((kind = 'curated' AND status = 'published' AND retoldAs IS NULL) OR (kind = 'team' AND archivedAt IS NULL))`,
    ids,
  ).map(([id, kind, status, visibility, teamId, severity, platform, date, coverage]) => ({
    id,
    kind,
    status,
    visibility,
    teamId,
    severity,
    platform,
    incidentDate: new Date(date),
    coverage,
  }));
}

/** Tag links with the tag's slug, name and category slug. */
export function tagLinks(ids?: number[]): Link[] {
  return forIds<[number, string, string, string]>(
    (where) => `SELECT l.postmortemId, t.slug, t.name, c.slug FROM "PostmortemTag" l JOIN "Tag" t ON t.id = l.tagId
                JOIN "Category" c ON c.id = t.categoryId WHERE l.postmortemId ${where}`,
    ids,
  ).map(([postmortemId, slug, name, category]) => ({ postmortemId, slug, name, category }));
}

/** Component links with the component's slug and name. */
export function componentLinks(ids?: number[]): Link[] {
  return forIds<[number, string, string]>(
    (where) => `SELECT l.postmortemId, c.slug, c.name FROM "PostmortemComponent" l JOIN "Component" c ON c.id = l.componentId WHERE l.postmortemId ${where}`,
    ids,
  ).map(([postmortemId, slug, name]) => ({ postmortemId, slug, name, category: "" }));
}

export type CardRow = {
  id: number;
  slug: string;
  title: string;
  organization: string;
  severity: string;
  incidentDate: Date;
  datePrecision: string;
  durationMinutes: number | null;
  durationApproximate: boolean;
  platform: string;
  summary: string;
  kind: string;
  status: string;
  visibility: string;
  coverage: "retold" | "listed";
  /** content (k8s.af, from content/) | app (an accepted suggestion) */
  origin: string;
  impact: string;
  team: { slug: string; name: string } | null;
};

/** The scalar part of list cards. */
export function cardRows(ids: number[]): CardRow[] {
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

/** The newest change-log position and the oldest one kept (0 when empty). */
export function changeBounds(): { max: number; min: number } {
  // Two subqueries: SQLite answers a lone min() or max() from the primary key, both together by a scan.
  const [[max, min]] = rows<[number | null, number | null]>(`SELECT (SELECT max(seq) FROM "CatalogChange"), (SELECT min(seq) FROM "CatalogChange")`) as [
    [number | null, number | null],
  ];
  return { max: max ?? 0, min: min ?? 0 };
}

/** The distinct postmortems changed in (after, upTo]. */
export function changedSince(after: number, upTo: number): number[] {
  return rows<[number]>(`SELECT DISTINCT postmortemId FROM "CatalogChange" WHERE seq > ? AND seq <= ?`, [after, upTo]).map(([id]) => id);
}

export type CacheGenerations = { public: number; taxonomy: number };

/** The counters triggers bump when what anonymous readers see, or the taxonomy, changes (model CacheGeneration). */
export function cacheGenerations(): CacheGenerations {
  const found = new Map(rows<[string, number]>(`SELECT "name", "value" FROM "CacheGeneration"`));
  return { public: found.get("public") ?? 0, taxonomy: found.get("taxonomy") ?? 0 };
}

// scripts/serve.mjs validates its anonymous page cache against this (see scripts/lib/page-cache.mjs).
(globalThis as unknown as { atlasPublicGeneration?: () => number }).atlasPublicGeneration = () => cacheGenerations().public;
