import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createRanker, type Ranker } from "@/lib/data/sql/sqlite-ranker.mjs";

// The split ranking against the oracle of one query over the whole table: the same rows, ranks and order, whatever
// the word and the limit. The split is forced (splitFrom 0); the app splits only large catalogues.
const WORDS = ["dns", "etcd", "quorum", "ingress", "timeout", "webhook", "cert", "node", "drain", "oom"];
const BM25 = "bm25(fts, 10.0, 5.0, 1.0)";
const SPLIT = `SELECT rowid, ${BM25} FROM fts WHERE fts MATCH ? AND rowid BETWEEN ? AND ? ORDER BY ${BM25}, rowid LIMIT ?`;
const WHOLE = `SELECT rowid, ${BM25} FROM fts WHERE fts MATCH ? ORDER BY ${BM25}, rowid LIMIT ?`;

describe("the split ranker", () => {
  let dir: string;
  let file: string;
  let db: Database.Database;
  const prepared = (sql: string) => db.prepare(sql).raw(true);
  const rankers: Ranker[] = [];
  const ranker = (helperFile = file, own = prepared) => {
    const made = createRanker(helperFile, own, { splitFrom: 0 });
    rankers.push(made);
    return made;
  };

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "atlas-ranker-"));
    file = path.join(dir, "fts.db");
    db = new Database(file);
    db.exec("CREATE VIRTUAL TABLE fts USING fts5(title, summary, body)");
    const insert = db.prepare("INSERT INTO fts (rowid, title, summary, body) VALUES (?, ?, ?, ?)");
    // Deterministic, varied texts: each word appears in some rows, in different columns and numbers.
    const text = (row: number, salt: number, length: number) =>
      Array.from({ length }, (_, i) => WORDS[(row * salt + i * i) % WORDS.length]).join(" ");
    for (let row = 1; row <= 300; row++) insert.run(row, text(row, 3, 2), text(row, 7, 6), text(row, 11, 5 + (row % 30)));
    db.close();
    db = new Database(file, { readonly: true });
  });
  afterAll(() => {
    for (const made of rankers) made.close();
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("gives the whole table's best rows in the same order, for any word and limit", async () => {
    const split = ranker();
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...WORDS), fc.integer({ min: 1, max: 320 }), async (word, limit) => {
        expect(await split.top(SPLIT, [word], 300, limit)).toEqual(prepared(WHOLE).all(word, limit));
      }),
      { numRuns: 40 },
    );
  });

  it("passes a failing statement's error on, without running it again here, and the helper still works", async () => {
    const here: string[] = [];
    const split = ranker(file, (sql) => (here.push(sql), prepared(sql)));
    await expect(split.top(SPLIT, ['"unterminated'], 300, 5)).rejects.toThrow(/syntax|unterminated/i);
    expect(here).toEqual([]);
    // The helper answers in order: once this is back, its error for the call above has arrived (unhandled, it
    // would fail this test run).
    expect(await split.top(SPLIT, ["dns"], 300, 5)).toEqual(prepared(WHOLE).all("dns", 5));
  });

  it("ranks everything itself once the helper thread has failed, and says so once", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const broken = ranker(path.join(dir, "missing.db"));
    expect(await broken.top(SPLIT, ["dns"], 300, 25)).toEqual(prepared(WHOLE).all("dns", 25));
    expect(await broken.top(SPLIT, ["etcd"], 300, 5)).toEqual(prepared(WHOLE).all("etcd", 5));
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]![0]).toMatch(/helper thread failed/);
    warn.mockRestore();
  });
});
