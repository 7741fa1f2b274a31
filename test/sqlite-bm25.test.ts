import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ATLAS_BM25, BM25_EXTENSION, FTS5_BM25, loadBm25Extension } from "@/lib/data/sql/sqlite-bm25.mjs";

// atlas_bm25 against its oracle, FTS5's own bm25, on the same connection: the same rows with the same scores to the
// last bit, for any query, after any sequence of writes (its remembered lengths must never outlive the rows they were
// read from). The writes go through a second connection, as the app's do (Prisma's), and sometimes through the
// reading one.
const WORDS = ["dns", "etcd", "quorum", "ingress", "timeout", "webhook", "certificate", "drain", "oom", "latency"];
const COLUMNS = ["title", "summary", "body", "root_cause", "lessons", "tags", "components"] as const;
type Doc = string[];

const text = fc.array(fc.constantFrom(...WORDS, "the", "a", "cluster", "Résumé"), { maxLength: 12 }).map((words) => words.join(" "));
const doc: fc.Arbitrary<Doc> = fc.tuple(...COLUMNS.map(() => text));
const word = fc.constantFrom(...WORDS);
const query = fc.oneof(
  word,
  fc.tuple(word, word).map(([a, b]) => `${a} ${b}`),
  fc.tuple(word, word).map(([a, b]) => `${a} OR ${b}`),
  fc.tuple(word, word).map(([a, b]) => `"${a} ${b}"`),
  fc.tuple(fc.constantFrom(...COLUMNS), word).map(([column, w]) => `${column}: ${w}`),
  fc.tuple(word, word).map(([a, b]) => `${a} NOT ${b}`),
  word.map((w) => `${w.slice(0, 2)}*`),
  fc.tuple(word, word).map(([a, b]) => `NEAR(${a} ${b}, 3)`),
);
const write = fc.oneof(
  fc.record({ kind: fc.constant("insert" as const), doc }),
  fc.record({ kind: fc.constant("update" as const), row: fc.nat(), doc }),
  fc.record({ kind: fc.constant("delete" as const), row: fc.nat() }),
  // Two rows trade texts in one transaction: the index's totals stay the same, both rows' lengths change.
  fc.record({ kind: fc.constant("swap" as const), row: fc.nat(), other: fc.nat() }),
  fc.record({ kind: fc.constant("optimize" as const) }),
);
type Write = typeof write extends fc.Arbitrary<infer T> ? T : never;
const step = fc.record({ write, queries: fc.array(query, { minLength: 1, maxLength: 3 }), byReader: fc.boolean() });

describe("atlas_bm25", () => {
  let dir: string;

  beforeAll(() => {
    if (!fs.existsSync(BM25_EXTENSION)) throw new Error(`${BM25_EXTENSION} is missing: npm test compiles it (gcc).`);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "atlas-bm25-"));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  /** A fresh table with the app's definition (prisma/migrations/…_accounts_teams) and these rows. */
  function open(name: string, docs: Doc[]) {
    const file = path.join(dir, `${name}.db`);
    const writer = new Database(file);
    writer.pragma("journal_mode = WAL");
    writer.exec(`CREATE VIRTUAL TABLE postmortem_fts USING fts5(${COLUMNS.join(", ")}, tokenize = 'porter unicode61 remove_diacritics 2')`);
    const insert = writer.prepare(`INSERT INTO postmortem_fts (${COLUMNS.join(", ")}) VALUES (${COLUMNS.map(() => "?").join(", ")})`);
    for (const d of docs) insert.run(...d);
    const reader = new Database(file);
    expect(loadBm25Extension(reader)).toBe(true);
    return { writer, reader };
  }

  function expectSameScores(reader: Database.Database, q: string) {
    const scores = (rank: string) =>
      reader.prepare(`SELECT rowid, ${rank} FROM postmortem_fts WHERE postmortem_fts MATCH ? ORDER BY rowid`).raw(true).all(q);
    const best = (rank: string) =>
      reader.prepare(`SELECT rowid, ${rank} FROM postmortem_fts WHERE postmortem_fts MATCH ? ORDER BY ${rank}, rowid LIMIT 5`).raw(true).all(q);
    expect(scores(ATLAS_BM25)).toEqual(scores(FTS5_BM25));
    expect(best(ATLAS_BM25)).toEqual(best(FTS5_BM25));
  }

  function apply(db: Database.Database, w: Write) {
    const ids = db.prepare("SELECT rowid FROM postmortem_fts ORDER BY rowid").pluck().all() as number[];
    const pick = (n: number) => ids[n % ids.length];
    const set = (id: number, d: Doc) => {
      db.prepare("DELETE FROM postmortem_fts WHERE rowid = ?").run(id);
      db.prepare(`INSERT INTO postmortem_fts (rowid, ${COLUMNS.join(", ")}) VALUES (?, ${COLUMNS.map(() => "?").join(", ")})`).run(id, ...d);
    };
    const row = (id: number) =>
      db
        .prepare(`SELECT ${COLUMNS.join(", ")} FROM postmortem_fts WHERE rowid = ?`)
        .raw(true)
        .get(id) as Doc;
    if (w.kind === "insert") {
      db.prepare(`INSERT INTO postmortem_fts (${COLUMNS.join(", ")}) VALUES (${COLUMNS.map(() => "?").join(", ")})`).run(...w.doc);
    } else if (w.kind === "optimize") {
      db.exec("INSERT INTO postmortem_fts (postmortem_fts) VALUES ('optimize')");
    } else if (ids.length === 0) {
      return;
    } else if (w.kind === "update") {
      set(pick(w.row)!, w.doc);
    } else if (w.kind === "delete") {
      db.prepare("DELETE FROM postmortem_fts WHERE rowid = ?").run(pick(w.row));
    } else {
      const [a, b] = [pick(w.row)!, pick(w.other)!];
      const [textA, textB] = [row(a), row(b)];
      db.transaction(() => (set(a, textB), set(b, textA)))();
    }
  }
  it("scores every query as FTS5's bm25 does, to the last bit, through any sequence of writes", () => {
    let run = 0;
    fc.assert(
      fc.property(fc.array(doc, { minLength: 1, maxLength: 30 }), fc.array(step, { maxLength: 12 }), (docs, steps) => {
        const { writer, reader } = open(`run-${run++}`, docs);
        try {
          for (const w of WORDS) expectSameScores(reader, w); // every row's length is now remembered
          for (const { write: w, queries, byReader } of steps) {
            apply(byReader ? reader : writer, w);
            for (const q of queries) expectSameScores(reader, q);
          }
        } finally {
          reader.close();
          writer.close();
        }
      }),
      { numRuns: 60 },
    );
  });

  it("says which argument is missing rather than ranking without the index version", () => {
    const { writer, reader } = open("no-version", [["dns", "", "", "", "", "", ""]]);
    expect(() => reader.prepare("SELECT atlas_bm25(postmortem_fts) FROM postmortem_fts WHERE postmortem_fts MATCH 'dns'").all()).toThrow(
      /index version argument is missing/,
    );
    reader.close();
    writer.close();
  });
});
