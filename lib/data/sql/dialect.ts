import "server-only";
import { databaseProvider } from "@/lib/database-url";
import type { Bitset } from "@/lib/search/bitset";
import type { SearchQuery } from "@/lib/search/fts-query";
import type { VocabularyTerm } from "@/lib/search/spelling";
import { postgresDialect } from "@/lib/data/sql/postgres";
import { sqliteDialect } from "@/lib/data/sql/sqlite";

// The statements that differ between SQLite and PostgreSQL (full-text search, and the hot read path of the
// catalogue index and list cards) sit behind this one interface, with one module per database. Everything else
// goes through Prisma's portable API; the write lock lives in lib/db-client.ts (scripts use it too).

export type RankedHit = { id: number; rank: number };
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
  durationMinutes: number | null;
};
/** A timeline event that has both a marker and an exact time (the input of time to detect, mitigate, resolve). */
export type TimedMarker = { postmortemId: number; marker: string; time: string };
export type Link = { postmortemId: number; slug: string; name: string; category: string };
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
export type VocabularyRange = { from: string; to: string; minLength: number; maxLength: number };
export type CacheGenerations = { public: number; taxonomy: number };

export type SqlDialect = {
  /** Every postmortem matching the query, as a set: ranking is the costly part, and counts need no order. */
  ftsHits(query: SearchQuery): Promise<Bitset>;
  /** How many postmortems match, counting no further than `cap` + 1: cheap even for a word in every story. */
  ftsCount(query: SearchQuery, cap: number): Promise<number>;
  /**
   * The `limit` best hits by rank (lower is better): among equal ranks in the app's relevance order (retold before
   * listed, newest, lowest id) when `topBreaksTies`, otherwise in no particular order.
   */
  ftsTop(query: SearchQuery, limit: number): Promise<RankedHit[]>;
  /** PostgreSQL's ts_rank ties often, and its search table holds what breaks ties; bm25 (SQLite) rarely ties. */
  topBreaksTies: boolean;
  /** Every postmortem matching the query with its rank (lower is better). Snippets are built per page. */
  ftsRanked(query: SearchQuery): Promise<RankedHit[]>;
  /**
   * Snippets for the rows shown, from prose only (summary, body, root cause, lessons): the first that matched wins,
   * so a hit on a tag synonym still shows readable text. Matches are wrapped in MARK_START/MARK_END.
   */
  ftsSnippets(query: SearchQuery, ids: number[]): Promise<Map<number, string>>;
  /** The first postmortem in `among` that matches, or null. Reading stops there: a common word costs little. */
  firstHit(query: SearchQuery, among: Bitset): Promise<number | null>;
  /** Index terms in [from, to) of a length in [minLength, maxLength], with how many stories use each, at most `limit`. */
  vocabulary(range: VocabularyRange, limit: number): Promise<VocabularyTerm[]>;
  /** How a stemmed index term is written in one story (`kubernet` → `kubernetes`), or the term itself. */
  surfaceForm(term: string, id: number): Promise<string>;
  /**
   * The listing attributes of postmortems somebody may list (published curated ones, except listed entries a retold
   * story supersedes; team ones not archived), all or some.
   */
  catalogBase(ids?: number[]): Promise<CatalogBase[]>;
  /** Tag links with the tag's slug, name and category slug. */
  tagLinks(ids?: number[]): Promise<Link[]>;
  /** Component links with the component's slug and name (category is empty). */
  componentLinks(ids?: number[]): Promise<Link[]>;
  /** Timeline events with a marker and an exact time. */
  timedMarkers(ids?: number[]): Promise<TimedMarker[]>;
  /** The scalar part of list cards. */
  cardRows(ids: number[]): Promise<CardRow[]>;
  /** The newest change-log position and the oldest one kept (0 when empty). */
  changeBounds(): Promise<{ max: number; min: number }>;
  /** The distinct postmortems changed in (after, upTo]. */
  changedSince(after: number, upTo: number): Promise<number[]>;
  /** The counters triggers bump when what anonymous readers see, or the taxonomy, changes (model CacheGeneration). */
  cacheGenerations(): Promise<CacheGenerations>;
  /**
   * Rows of one statement both databases speak, with `?` for its parameters, on the hot read path: SQLite's read-only
   * connection, or the app's client on PostgreSQL. For reads on every page view that Prisma's query engine made several
   * times dearer than the statements themselves (the detail page). Values come as each database gives them: a date is
   * an ISO string on SQLite and a Date on PostgreSQL, a boolean 0/1 or a boolean; callers convert (see `asDate`).
   */
  read<T extends object>(statement: string, params?: unknown[]): Promise<T[]>;
};

/** A date column as `read` returns it, on either database. */
export const asDate = (value: string | number | Date): Date => (value instanceof Date ? value : new Date(value));
/** A nullable date column as `read` returns it. */
export const asDateOrNull = (value: string | number | Date | null): Date | null => (value === null ? null : asDate(value));

/** The module for DATABASE_URL's database. */
export const sql = (): SqlDialect => (databaseProvider() === "postgresql" ? postgresDialect : sqliteDialect);

// scripts/serve.mjs validates its anonymous page cache against this (see scripts/lib/page-cache.mjs).
(globalThis as unknown as { atlasPublicGeneration?: () => Promise<number> }).atlasPublicGeneration = async () => (await sql().cacheGenerations()).public;
