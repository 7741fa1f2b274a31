// Ranks one FTS5 query off the request's thread. bm25 scores every hit before the best can be picked: a word in a
// third of 100k stories costs ~6.5 ms on one core with atlas_bm25 (sqlite-bm25.mjs), ~15 with FTS5's own bm25
// (decision 0014). Two helper threads, each with its own read-only connection, rank
// half of the rowids each, and their best lists merge; meanwhile the request's thread reads the hit ids, counts the
// facets and renders the rest of its page (lib/data/search-hits.ts). The parts' scores equal the whole's, because bm25
// reads its IDF from the whole table whatever the rowid range. Plain JavaScript, so that it also runs unbundled: the
// tests and the benchmark start the helper from this file, and in the app's build Turbopack turns the `new Worker`
// below into a worker chunk of its own (`[worker thread]-lib_data_sql_sqlite-ranker_mjs_….js` in .next/server/chunks).
import path from "node:path";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import Database from "better-sqlite3";
import { loadBm25Extension } from "./sqlite-bm25.mjs";

const HELPER = "atlasRankerFile";

if (!isMainThread && workerData?.[HELPER]) serve(workerData[HELPER]);

/** The helper thread: a read-only connection that runs the statements it is sent and posts their rows back. */
function serve(file) {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  db.pragma("busy_timeout = 5000");
  // The statements may rank with atlas_bm25. Should it fail to load here, the thread fails, and everything is ranked
  // on the request's thread, which then ranks with FTS5's own bm25 if it could not load it either.
  loadBm25Extension(db);
  const statements = new Map();
  parentPort.on("message", ({ id, sql, params }) => {
    try {
      let statement = statements.get(sql);
      if (!statement) statements.set(sql, (statement = db.prepare(sql).raw(true)));
      parentPort.postMessage({ id, rows: statement.all(...params) });
    } catch (error) {
      parentPort.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
    }
  });
}

/** A statement that failed in a helper thread: it would fail on any thread, so it is not run again here. */
class StatementError extends Error {}

// Below this many rowids a query is cheap and a message to a helper costs more than it saves.
const SPLIT_FROM = 20_000;
// Two, for the machine's two cores: the request's thread has its own work while they rank.
const HELPERS = 2;

/**
 * One helper thread, started on first use: sends it statements and resolves with their rows.
 * @param {string} file the database file
 * @param {(error: Error) => void} onBroken called when the thread fails (it could not start, or it crashed)
 */
function helperThread(file, onBroken) {
  let helper = null;
  let next = 0;
  const waiting = new Map();
  const fail = (worker, error) => {
    if (helper !== worker) return;
    for (const { reject } of waiting.values()) reject(error);
    waiting.clear();
    helper = null;
  };
  const start = () => {
    // The app runs from its root (npm start, next start, the tests, the benchmark); the build bundles this path.
    const worker = new Worker(path.join(process.cwd(), "lib", "data", "sql", "sqlite-ranker.mjs"), {
      workerData: { [HELPER]: file },
      // It holds a connection and a few hundred rows at a time: a small heap keeps the server's memory down.
      resourceLimits: { maxYoungGenerationSizeMb: 2, maxOldGenerationSizeMb: 24 },
    });
    worker.unref(); // an idle helper keeps no process alive
    worker.on("message", ({ id, rows, error }) => {
      const call = waiting.get(id);
      waiting.delete(id);
      if (error === undefined) call?.resolve(rows);
      else call?.reject(new StatementError(error));
    });
    worker.on("error", (error) => {
      onBroken(error);
      fail(worker, error);
    });
    worker.on("exit", () => fail(worker, new Error("the ranking thread stopped")));
    return worker;
  };
  return {
    /** @returns {Promise<[number, number][]>} */
    run: (sql, params) =>
      new Promise((resolve, reject) => {
        helper ??= start();
        const id = next++;
        waiting.set(id, { resolve, reject });
        helper.postMessage({ id, sql, params });
      }),
    close() {
      const worker = helper;
      fail(worker, new Error("the ranker was closed"));
      void worker?.terminate();
    },
  };
}

/**
 * @param {string} file the database file
 * @param {(sql: string) => import("better-sqlite3").Statement} prepared the calling thread's statements (raw rows)
 * @param {{ splitFrom?: number }} [options]
 */
export function createRanker(file, prepared, { splitFrom = SPLIT_FROM } = {}) {
  // Set when a helper thread failed: from then on everything is ranked here, rather than paying a thread's start on
  // every search.
  let broken = false;
  const onBroken = (error) => {
    if (!broken) console.warn(`Search ranking continues on the request's thread: a helper thread failed (${error.message}).`);
    broken = true;
  };
  const helpers = Array.from({ length: HELPERS }, () => helperThread(file, onBroken));

  return {
    /**
     * The `limit` best rows, as [rowid, rank] with the lowest rank first, of `sql`: a statement whose rows are
     * [rowid, rank] ordered by rank, and whose last three parameters are a rowid range and the limit.
     * @param {string} sql
     * @param {unknown[]} params the parameters before the range
     * @param {number} last the highest rowid there is
     * @param {number} limit
     * @returns {Promise<[number, number][]>}
     */
    async top(sql, params, last, limit) {
      if (last < splitFrom || broken) return prepared(sql).all(...params, 0, last, limit);
      const parts = helpers.map((helper, i) => {
        const from = i === 0 ? 0 : Math.floor((last * i) / helpers.length) + 1;
        const to = Math.floor((last * (i + 1)) / helpers.length);
        // Should a helper thread fail, its part is ranked here.
        return helper.run(sql, [...params, from, to, limit]).catch((error) => {
          if (error instanceof StatementError) throw error;
          return prepared(sql).all(...params, from, to, limit);
        });
      });
      return (await Promise.all(parts)).flat().sort((a, b) => a[1] - b[1]).slice(0, limit);
    },
    close() {
      for (const helper of helpers) helper.close();
    },
  };
}
