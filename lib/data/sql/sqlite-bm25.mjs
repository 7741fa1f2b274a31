// The relevance rank of the SQLite dialect: bm25 with the column weights below, computed by atlas_bm25
// (sqlite-bm25.c, FTS5's bm25 remembering each story's length between queries: 2× faster ranking at 100k stories)
// when the extension has been compiled, else by FTS5's own bm25, with the same scores. Plain JavaScript, for the
// ranking threads (sqlite-ranker.mjs) and the benchmark.
import fs from "node:fs";
import path from "node:path";

// title, summary, body, root_cause, lessons, tags, components
const WEIGHTS = "10.0, 5.0, 1.0, 3.0, 2.0, 4.0, 3.0";
// The index's averages (rowid 1) and structure (rowid 10) records, read in the ranking statement's own snapshot: they
// change whenever the index does, and tell atlas_bm25 that the lengths it remembers are stale.
const INDEX_VERSION = "(SELECT group_concat(hex(block), '.') FROM postmortem_fts_data WHERE id IN (1, 10))";

/** Compiled by scripts/lib/run.mjs (compileSqliteExtension); the app, the tests and the benchmark run from the root. */
export const BM25_EXTENSION = path.join(process.cwd(), "lib", "generated", "sqlite-bm25.so");

/** `version` other than the index's own only for the benchmark: `(SELECT random())` makes every query forget the lengths. */
export const atlasBm25 = (version = INDEX_VERSION) => `atlas_bm25(postmortem_fts, ${version}, ${WEIGHTS})`;
export const ATLAS_BM25 = atlasBm25();
export const FTS5_BM25 = `bm25(postmortem_fts, ${WEIGHTS})`;

/** Loads atlas_bm25 into a connection when the extension was compiled; throws when it exists but does not load. */
export function loadBm25Extension(db) {
  if (!fs.existsSync(BM25_EXTENSION)) return false;
  db.loadExtension(BM25_EXTENSION, "sqlite3_atlasbm25_init");
  return true;
}

let warned = false;

/** Loads atlas_bm25 into the connection, and returns the rank expression its statements should use. */
export function bm25For(db) {
  let error = null;
  try {
    if (loadBm25Extension(db)) return ATLAS_BM25;
  } catch (caught) {
    error = caught;
  }
  if (!warned) {
    const why = error ? `it does not load (${error.message})` : "it was not compiled (gcc was missing?)";
    console.warn(`Search ranks with FTS5's own bm25, about half as fast at 100k stories: ${BM25_EXTENSION} ${why}.`);
  }
  warned = true;
  return FTS5_BM25;
}
