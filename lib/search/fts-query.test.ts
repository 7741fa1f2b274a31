import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { toFtsQuery } from "@/lib/search/fts-query";

describe("toFtsQuery", () => {
  it.each([
    ["dns", '"dns"'],
    ["  DNS   outage ", '"DNS" "outage"'],
    ["kube-apiserver", '"kube apiserver"'],
    ['"pod anti affinity"', '"pod anti affinity"'],
    ["upgrad*", '"upgrad"*'],
    ["calico OR cilium", '("calico") OR ("cilium")'],
    ["calico AND bgp", '"calico" "bgp"'],
    ["OR OR dns OR", '"dns"'],
    ["title:secret", '"title secret"'],
    ["NEAR(a b)", '"NEAR a" "b"'],
    ["数据 丢失", '"数据" "丢失"'],
    ["Größe", '"Größe"'],
  ])("turns %j into %j", (input, expected) => {
    expect(toFtsQuery(input)).toBe(expected);
  });

  it.each(["", "   ", '"', "()", "*", "AND", "OR", "- + ^ :", '""""'])("has nothing to search in %j", (input) => {
    expect(toFtsQuery(input)).toBeNull();
  });

  it("never produces a query FTS5 rejects, whatever the input", () => {
    const db = new Database(":memory:");
    db.exec("CREATE VIRTUAL TABLE t USING fts5(body, tokenize = 'porter unicode61 remove_diacritics 2')");
    db.prepare("INSERT INTO t(body) VALUES (?)").run("the admission webhook timed out during the upgrade");
    const search = db.prepare("SELECT count(*) AS n FROM t WHERE t MATCH ?");
    const corpus = [
      '"unbalanced',
      "((((",
      "a) OR (b",
      "NOT webhook",
      "webhook NOT",
      "NEAR(webhook upgrade, 2)",
      "body:webhook",
      "{body}: webhook",
      "^webhook",
      "web*hook*",
      "'; DROP TABLE t; --",
      "\u0000\u0002\u0003",
      "🔥 outage 🔥",
      "webhook\nupgrade",
      "x".repeat(200),
      "AND OR NOT NEAR",
      '"a" OR "b" AND "c"',
      "*webhook",
      "-webhook",
      "+upgrade",
    ];
    const random = Array.from({ length: 300 }, (_, i) =>
      Array.from({ length: 1 + (i % 12) }, (_, j) => String.fromCharCode(32 + ((i * 31 + j * 17) % 95))).join(""),
    );
    for (const input of [...corpus, ...random]) {
      const query = toFtsQuery(input);
      if (query === null) continue;
      expect(() => search.get(query), `input ${JSON.stringify(input)} -> ${query}`).not.toThrow();
    }
    expect((search.get(toFtsQuery("webhook upgrade")!) as { n: number }).n).toBe(1);
    expect((search.get(toFtsQuery("upgr*")!) as { n: number }).n).toBe(1);
    expect((search.get(toFtsQuery("missing OR webhook")!) as { n: number }).n).toBe(1);
  });
});
