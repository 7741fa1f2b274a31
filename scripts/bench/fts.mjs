// The search engine alone, without the app, for a word in about a third of the stories: the top 20 by bm25 with
// the page's snippets (what one results page needs from FTS5), every hit unranked (what exact facet counts need),
// and every hit with its rank (what a relevance page costs when filters leave too few of the best hits). SQLite only.
import Database from "better-sqlite3";
import { COMMON_WORD } from "./synthesize.mjs";

// The same column weights and snippet calls as lib/data/sql/sqlite.ts.
const BM25 = "bm25(postmortem_fts, 10.0, 5.0, 1.0, 3.0, 2.0, 4.0, 3.0)";
const SNIPPETS = [1, 2, 3, 4].map((column) => `snippet(postmortem_fts, ${column}, '[', ']', '…', 24)`).join(", ");

function p50(run, times = 21) {
  run();
  const took = [];
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    run();
    took.push(performance.now() - start);
  }
  return took.sort((a, b) => a - b)[times >> 1];
}

export function ftsFigures(file, word = COMMON_WORD) {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const hits = db.prepare("SELECT count(*) FROM postmortem_fts WHERE postmortem_fts MATCH ?").pluck().get(word);
    const top = db.prepare(`SELECT rowid FROM postmortem_fts WHERE postmortem_fts MATCH ? ORDER BY ${BM25} LIMIT 20`).pluck();
    const topWithSnippets = () => {
      const ids = top.all(word);
      if (ids.length === 0) return;
      db.prepare(`SELECT rowid, ${SNIPPETS} FROM postmortem_fts WHERE postmortem_fts MATCH ? AND rowid IN (${ids.map(() => "?").join(",")})`).all(
        word,
        ...ids,
      );
    };
    const unranked = db.prepare("SELECT rowid FROM postmortem_fts WHERE postmortem_fts MATCH ?").pluck();
    const ranked = db.prepare(`SELECT rowid, ${BM25} FROM postmortem_fts WHERE postmortem_fts MATCH ?`).raw(true);
    return { word, hits, top20: p50(topWithSnippets), unranked: p50(() => unranked.all(word)), allRanked: p50(() => ranked.all(word)) };
  } finally {
    db.close();
  }
}
