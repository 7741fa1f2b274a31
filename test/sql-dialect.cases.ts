import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseProvider } from "@/lib/database-url";
import type { SqlDialect } from "@/lib/data/sql/dialect";
import { Bitset } from "@/lib/search/bitset";
import { parseSearchQuery, wordQuery, type SearchQuery } from "@/lib/search/fts-query";
import { MARK_END, MARK_START } from "@/lib/search/snippet";
import { createTempDatabase, type TempDatabase } from "@/test/temp-db";

// The search half of SqlDialect, the same answers from both modules (the catalogue half is covered by the search
// oracle): ranking, snippets for the page, the vocabulary and surface forms behind spelling suggestions.
export const sqlDialectSuite = (provider: DatabaseProvider) =>
  describe(`the ${provider} dialect module`, () => {
    let temp: TempDatabase;
    let sql: SqlDialect;
    let ids: number[];
    const query = (input: string) => parseSearchQuery(input) as SearchQuery;

    beforeAll(async () => {
      temp = await createTempDatabase(provider);
      process.env.DATABASE_URL = temp.url;
      const story = (slug: string, title: string, summary: string) =>
        temp.raw.insert(
          `INSERT INTO "Postmortem" ("slug", "title", "organization", "severity", "incidentDate", "platform", "summary", "impact", "trigger",
             "rootCause", "detection", "resolution", "bodyText", "updatedAt") VALUES (?, ?, 'Org', 'production', ?, 'gke', ?, '', '', 'A bad rollout.', '', '', ?, ?)`,
          slug,
          title,
          temp.raw.date(new Date("2024-01-01T00:00:00Z")),
          summary,
          `${summary} The cluster recovered after an hour.`,
          temp.raw.date(new Date(0)),
        );
      ids = [
        await story("a", "Kubernetes upgrade broke DNS", "Upgrading Kubernetes broke cluster DNS for every namespace."),
        await story("b", "Certificate expiry", "An expired certificate stopped the ingress controller."),
      ];
      sql = (await import("@/lib/data/sql/dialect")).sql();
    });
    afterAll(() => temp.cleanup());

    it("ranks matches, with the title weighing most", async () => {
      expect((await sql.ftsRanked(query("kubernetes"))).map((hit) => hit.id)).toEqual([ids[0]]);
      expect((await sql.ftsRanked(query("upgrad*"))).map((hit) => hit.id)).toEqual([ids[0]]);
      expect((await sql.ftsRanked(query('"ingress controller" OR kubernetes'))).map((hit) => hit.id).sort()).toEqual([...ids].sort());
      expect(await sql.ftsRanked(query('"controller ingress"'))).toEqual([]);
    });

    it("reads every hit's id, and every hit's rank exactly as the top hits give it", async () => {
      const either = query('"ingress controller" OR kubernetes');
      expect([...(await sql.ftsHits(either)).ids()]).toEqual([...ids].sort((a, b) => a - b));
      expect((await sql.ftsHits(query("zebra"))).count()).toBe(0);
      const ranks = (hits: { id: number; rank: number }[]) => new Map(hits.map((hit) => [hit.id, hit.rank]));
      expect(ranks(await sql.ftsRanked(either))).toEqual(ranks(await sql.ftsTop(either, 10)));
    });

    it.runIf(provider === "postgresql")("breaks rank ties as the app does: retold before listed, newest, lowest id", async () => {
      // Same text, so the same ts_rank: only the tie-breaking columns order these, and triggers keep them current.
      const tied = async (slug: string, date: string, coverage: string) =>
        temp.raw.insert(
          `INSERT INTO "Postmortem" ("slug", "title", "organization", "severity", "incidentDate", "platform", "summary", "impact", "trigger",
             "rootCause", "detection", "resolution", "bodyText", "coverage", "updatedAt") VALUES (?, 'Quagga stampede', 'Org', 'production', ?, 'gke', 'A quagga stampede.', '', '', '', '', '', 'Quagga.', ?, ?)`,
          slug,
          temp.raw.date(new Date(date)),
          coverage,
          temp.raw.date(new Date(0)),
        );
      const old = await tied("tie-old", "2019-01-01T00:00:00Z", "retold");
      const listed = await tied("tie-listed", "2024-06-01T00:00:00Z", "listed");
      const newer = await tied("tie-newer", "2023-01-01T00:00:00Z", "retold");
      const twin = await tied("tie-twin", "2023-01-01T00:00:00Z", "retold");
      const best = async (limit: number) => (await sql.ftsTop(query("quagga"), limit)).map((hit) => hit.id);
      expect(sql.topBreaksTies).toBe(true);
      expect(await best(4)).toEqual([newer, twin, old, listed]);
      expect(await best(2)).toEqual([newer, twin]);
      await temp.raw.exec(`UPDATE "Postmortem" SET "incidentDate" = '2025-01-01T00:00:00Z' WHERE "id" = ${old}`);
      await temp.raw.exec(`UPDATE "Postmortem" SET "coverage" = 'retold' WHERE "id" = ${listed}`);
      expect(await best(2)).toEqual([old, listed]);
      await temp.raw.exec(`DELETE FROM "Postmortem" WHERE "id" IN (${[old, listed, newer, twin].join(",")})`);
    });

    it("counts matches no further than the cap plus one", async () => {
      expect(await sql.ftsCount(query("cluster"), 10)).toBe(2);
      expect(await sql.ftsCount(query("cluster"), 1)).toBe(2);
      expect(await sql.ftsCount(query("cluster"), 0)).toBe(1);
      expect(await sql.ftsCount(query("certificates"), 10)).toBe(1);
      expect(await sql.ftsCount(query("zebra"), 10)).toBe(0);
    });

    it("builds snippets for the rows asked for, with the matches marked", async () => {
      const snippets = await sql.ftsSnippets(query("dns"), [ids[0]!, ids[1]!]);
      expect(snippets.get(ids[0]!)).toContain(`${MARK_START}DNS${MARK_END}`);
      expect(snippets.get(ids[1]!) ?? "").not.toContain(MARK_START);
    });

    it("finds the first visible match, the vocabulary and how a stem is written", async () => {
      expect(await sql.firstHit(wordQuery("certificate"), Bitset.of([ids[1]!], ids[1]! + 1))).toBe(ids[1]);
      expect(await sql.firstHit(wordQuery("certificate"), Bitset.of([ids[0]!], ids[1]! + 1))).toBeNull();
      const terms = await sql.vocabulary({ from: "kub", to: "kuc", minLength: 3, maxLength: 20 }, 10);
      expect(terms).toEqual([{ term: "kubernet", docs: 1 }]);
      expect(await sql.surfaceForm("kubernet", ids[0]!)).toBe("kubernetes");
    });
  });
