// The search engine alone, without the app, for a word in about a third of the stories: the top 20 by bm25 with
// the page's snippets (what one results page needs from FTS5, ranked on two threads as the app ranks: see
// lib/data/sql/sqlite-ranker.mjs), every hit unranked (what exact facet counts need), and every hit with its rank
// (what a relevance page costs when filters leave too few of the best hits). SQLite only.
import Database from "better-sqlite3";
import { atlasBm25, bm25For } from "../../lib/data/sql/sqlite-bm25.mjs";
import { createRanker } from "../../lib/data/sql/sqlite-ranker.mjs";
import { COMMON_WORD } from "./synthesize.mjs";

// The same snippet calls as lib/data/sql/sqlite.ts.
const SNIPPETS = [1, 2, 3, 4].map((column) => `snippet(postmortem_fts, ${column}, '[', ']', '…', 24)`).join(", ");

async function p50(run, times = 21) {
  await run();
  const took = [];
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    await run();
    took.push(performance.now() - start);
  }
  return took.sort((a, b) => a - b)[times >> 1];
}

export async function ftsFigures(file, word = COMMON_WORD) {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  const ranker = createRanker(file, (sql) => db.prepare(sql).raw(true));
  const BM25 = bm25For(db);
  try {
    const hits = db.prepare("SELECT count(*) FROM postmortem_fts WHERE postmortem_fts MATCH ?").pluck().get(word);
    const last = db.prepare(`SELECT max("id") FROM "Postmortem"`).pluck().get() ?? 0;
    const top = (rank) => `SELECT rowid, ${rank} FROM postmortem_fts WHERE postmortem_fts MATCH ? AND rowid BETWEEN ? AND ? ORDER BY ${rank} LIMIT ?`;
    const topWithSnippets = (rank) => async () => {
      const ids = (await ranker.top(top(rank), [word], last, 20)).map(([id]) => id);
      if (ids.length === 0) return;
      db.prepare(`SELECT rowid, ${SNIPPETS} FROM postmortem_fts WHERE postmortem_fts MATCH ? AND rowid IN (${ids.map(() => "?").join(",")})`).all(
        word,
        ...ids,
      );
    };
    // As the app reads them: one comma-separated text (which it parses straight into a set, lib/search/bitset.ts).
    const unranked = db.prepare("SELECT group_concat(rowid) FROM postmortem_fts WHERE postmortem_fts MATCH ?").pluck();
    const ranked = db.prepare(`SELECT rowid, ${BM25} FROM postmortem_fts WHERE postmortem_fts MATCH ?`).raw(true);
    return {
      word,
      hits,
      top20: await p50(topWithSnippets(BM25)),
      // atlas_bm25 forgetting every story's length before each query: the first search after the index changed.
      top20AfterWrite: BM25 === atlasBm25() ? await p50(topWithSnippets(atlasBm25("(SELECT random())"))) : null,
      unranked: await p50(() => unranked.get(word)),
      allRanked: await p50(() => ranked.all(word)),
    };
  } finally {
    ranker.close();
    db.close();
  }
}
