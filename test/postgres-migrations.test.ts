import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migratePostgres, migrationNames, POSTGRES_MIGRATIONS } from "@/scripts/db/migrate-postgres.mjs";
import { createTempDatabase, type TempDatabase } from "@/test/temp-db";

// PostgreSQL only: the migration runner (scripts/db/migrate-postgres.mjs), the search and catalogue triggers
// written in plpgsql, and the advisory write lock. The SQLite twins are in migrations.test.ts and users.cases.ts.
describe("PostgreSQL migrations and triggers", () => {
  let temp: TempDatabase;
  beforeAll(async () => {
    temp = await createTempDatabase("postgresql");
    process.env.DATABASE_URL = temp.url;
  });
  afterAll(() => temp.cleanup());

  const count = async (sql: string, ...params: unknown[]) => Number((await temp.raw.all<{ n: number }>(sql, ...params))[0]!.n);
  const matches = (query: string) => count(`SELECT count(*)::int AS n FROM postmortem_search WHERE document @@ to_tsquery('atlas', ?)`, query);
  const insertStory = (slug: string, title: string) =>
    temp.raw.insert(
      `INSERT INTO "Postmortem" ("slug", "title", "organization", "severity", "incidentDate", "platform", "summary", "impact", "trigger", "rootCause",
         "detection", "resolution", "updatedAt") VALUES (?, ?, 'Org', 'production', ?, 'gke', 's', 'i', 't', 'r', 'd', 'r', ?)`,
      slug,
      title,
      new Date(0),
      new Date(0),
    );

  it("records every migration once, and a second run finds nothing to do", async () => {
    const applied = await temp.raw.all<{ name: string }>(`SELECT migration_name AS name FROM "_prisma_migrations" ORDER BY migration_name`);
    expect(applied.map((row) => row.name)).toEqual(migrationNames());
    expect(await migratePostgres(temp.url)).toEqual([]);
  });

  it("keeps the search document and the vocabulary in step with inserts, updates and deletes", async () => {
    const id = await insertStory("m1", "Quokka outage");
    expect(await matches("quokka")).toBe(1);
    expect(await count(`SELECT count(*)::int AS n FROM postmortem_vocab WHERE term = 'quokka'`)).toBe(1);
    await temp.raw.exec(`UPDATE "Postmortem" SET "title" = 'Wombat outage' WHERE "id" = ${id}`);
    expect(await matches("quokka")).toBe(0);
    expect(await matches("wombat")).toBe(1);
    expect(await count(`SELECT count(*)::int AS n FROM postmortem_vocab WHERE term = 'quokka'`)).toBe(0);
    await temp.raw.exec(`INSERT INTO "Lesson" ("postmortemId", "position", "text") VALUES (${id}, 0, 'Numbats need alerts')`);
    expect(await matches("numbat")).toBe(1);
    await temp.raw.exec(`DELETE FROM "Postmortem" WHERE "id" = ${id}`);
    expect(await matches("wombat")).toBe(0);
    expect(await count(`SELECT count(*)::int AS n FROM postmortem_search`)).toBe(0);
  });

  it("counts each term's documents once per statement, however many documents the statement rewrites", async () => {
    const docs = (term: string) => count(`SELECT coalesce(max("docs"), 0)::int AS n FROM postmortem_vocab WHERE term = ?`, term);
    const [a, b] = [await insertStory("v1", "Platypus outage"), await insertStory("v2", "Platypus again")];
    await temp.raw.exec(`INSERT INTO "Category" ("slug", "name", "description") VALUES ('vocab-test', 'Vocab test', '')`);
    await temp.raw.exec(
      `INSERT INTO "Tag" ("slug", "name", "description", "synonyms", "categoryId", "origin") SELECT 'echidna', 'Echidna', '', '', "id", 'app' FROM "Category" WHERE "slug" = 'vocab-test'`,
    );
    await temp.raw.exec(
      `INSERT INTO "PostmortemTag" ("postmortemId", "tagId") SELECT p."id", t."id" FROM "Postmortem" p, "Tag" t WHERE p."id" IN (${a}, ${b}) AND t."slug" = 'echidna'`,
    );
    expect([await docs("platypus"), await docs("echidna")]).toEqual([2, 2]);
    // One UPDATE rewrites both documents: the old name's term leaves both, the new one arrives in both.
    await temp.raw.exec(`UPDATE "Tag" SET "name" = 'Wallaby', "slug" = 'wallaby' WHERE "slug" = 'echidna'`);
    expect([await docs("echidna"), await docs("wallabi"), await docs("platypus")]).toEqual([0, 2, 2]);
    await temp.raw.exec(`DELETE FROM "Postmortem" WHERE "id" IN (${a}, ${b})`);
    expect([await docs("wallabi"), await docs("platypus")]).toEqual([0, 0]);
  });

  it("counts a many-document rewrite right after one-document rewrites on the same connection", async () => {
    // The order an autosave then a tag rename take: the update trigger's plan is made on its first, one-row run.
    const docs = (term: string) => count(`SELECT coalesce(max("docs"), 0)::int AS n FROM postmortem_vocab WHERE term = ?`, term);
    const ids: number[] = [];
    for (let i = 0; i < 12; i++) ids.push(await insertStory(`s${i}`, `Dingo outage ${i}`));
    for (const word of ["kiwi", "emu", "kea"]) await temp.raw.exec(`UPDATE "Postmortem" SET "summary" = '${word}' WHERE "id" = ${ids[0]}`);
    expect([await docs("kea"), await docs("kiwi")]).toEqual([1, 0]);
    await temp.raw.exec(`UPDATE "Postmortem" SET "summary" = 'Galah' WHERE "id" IN (${ids.join(", ")})`);
    expect([await docs("galah"), await docs("kea"), await docs("dingo")]).toEqual([12, 0, 12]);
    await temp.raw.exec(`DELETE FROM "Postmortem" WHERE "id" IN (${ids.join(", ")})`);
    expect([await docs("galah"), await docs("dingo")]).toEqual([0, 0]);
  });

  it("rebuilds a document from its stored parts when only its tags change, exactly as it is built from scratch", async () => {
    // Every stored document against the one built whole, and every story with its parts.
    const drift = () =>
      count(`SELECT count(*)::int AS n FROM postmortem_search s WHERE s.document IS DISTINCT FROM atlas_search_document(s.postmortem_id)`);
    const withoutParts = () =>
      count(`SELECT count(*)::int AS n FROM "Postmortem" p WHERE NOT EXISTS (SELECT 1 FROM postmortem_search_part x WHERE x.postmortem_id = p."id")`);
    const [a, b, c] = [await insertStory("p1", "Cassowary outage"), await insertStory("p2", "Cassowary again"), await insertStory("p3", "Lyrebird")];
    await temp.raw.exec(`INSERT INTO "Lesson" ("postmortemId", "position", "text") VALUES (${a}, 0, 'Quolls first'), (${a}, 1, 'then bettongs')`);
    await temp.raw.exec(`INSERT INTO "Category" ("slug", "name", "description") VALUES ('parts-test', 'Parts test', '')`);
    await temp.raw.exec(
      `INSERT INTO "Tag" ("slug", "name", "description", "synonyms", "categoryId", "origin")
       SELECT s, n, '', 'gecko', "id", 'app' FROM "Category", (VALUES ('skink', 'Skink'), ('goanna', 'Goanna')) v(s, n) WHERE "slug" = 'parts-test'`,
    );
    await temp.raw.exec(`INSERT INTO "Component" ("slug", "name", "description") VALUES ('numbat-proxy', 'Numbat proxy', '')`);
    const steps = [
      `INSERT INTO "PostmortemComponent" ("postmortemId", "componentId") SELECT ${a}, "id" FROM "Component" WHERE "slug" = 'numbat-proxy'`,
      `INSERT INTO "PostmortemTag" ("postmortemId", "tagId") SELECT p, t."id" FROM "Tag" t, unnest(ARRAY[${a}, ${b}, ${c}]) p WHERE t."slug" IN ('skink', 'goanna')`,
      `UPDATE "Tag" SET "name" = 'Blue-tongue', "slug" = 'blue-tongue', "synonyms" = 'lizard' WHERE "slug" = 'skink'`,
      `DELETE FROM "PostmortemTag" WHERE "postmortemId" = ${c} AND "tagId" = (SELECT "id" FROM "Tag" WHERE "slug" = 'goanna')`,
      `UPDATE "PostmortemTag" SET "tagId" = (SELECT "id" FROM "Tag" WHERE "slug" = 'goanna') WHERE "postmortemId" = ${c}`,
      `UPDATE "Lesson" SET "text" = 'Quokkas first' WHERE "postmortemId" = ${a} AND "position" = 0`,
      `UPDATE "Component" SET "name" = 'Wombat proxy' WHERE "slug" = 'numbat-proxy'`,
      `UPDATE "Postmortem" SET "title" = 'Emu outage', "summary" = 'goanna tracks' WHERE "id" = ${b}`,
      // A story whose parts are missing (written with the triggers off) is parsed whole when its tags change.
      `DELETE FROM postmortem_search_part WHERE postmortem_id = ${b}`,
      `UPDATE "Tag" SET "name" = 'Perentie' WHERE "slug" = 'goanna'`,
    ];
    for (const step of steps) {
      await temp.raw.exec(step);
      expect({ step, drift: await drift() }).toEqual({ step, drift: 0 });
    }
    expect(await withoutParts()).toBe(0);
    expect([await matches("lizard"), await matches("perentie"), await matches("skink"), await matches("wombat & quokka")]).toEqual([2, 3, 0, 1]);
    await temp.raw.exec(`DELETE FROM "Postmortem" WHERE "id" IN (${a}, ${b}, ${c})`);
    expect(await count(`SELECT count(*)::int AS n FROM postmortem_search_part`)).toBe(await count(`SELECT count(*)::int AS n FROM "Postmortem"`));
  });

  it("logs catalogue changes only when what the index or the document holds changes", async () => {
    const id = await insertStory("m2", "Bilby outage");
    const changes = () => count(`SELECT count(*)::int AS n FROM "CatalogChange"`);
    const logged = await changes();
    await temp.raw.exec(`UPDATE "Postmortem" SET "version" = "version" + 1, "title" = "title", "severity" = "severity" WHERE "id" = ${id}`);
    expect(await changes()).toBe(logged);
    await temp.raw.exec(`UPDATE "Postmortem" SET "severity" = 'trivial' WHERE "id" = ${id}`);
    expect(await changes()).toBe(logged + 1);
    await temp.raw.exec(`UPDATE "Postmortem" SET "title" = 'Bandicoot outage' WHERE "id" = ${id}`);
    expect(await changes()).toBe(logged + 2);
    expect(await matches("bandicoot")).toBe(1);
  });

  it("bumps the public cache generation for public stories and their rows only", async () => {
    const generation = () => count(`SELECT "value" AS n FROM "CacheGeneration" WHERE "name" = 'public'`);
    const start = await generation();
    const id = await insertStory("m3", "Public story");
    expect(await generation()).toBe(start + 1);
    await temp.raw.exec(`UPDATE "Postmortem" SET "visibility" = 'team' WHERE "id" = ${id}`);
    const hidden = await generation();
    expect(hidden).toBe(start + 2);
    await temp.raw.exec(`INSERT INTO "Lesson" ("postmortemId", "position", "text") VALUES (${id}, 0, 'Private lesson')`);
    expect(await generation()).toBe(hidden);
  });

  it("bumps a cache generation once per transaction, again after a rollback to a savepoint, and again in the next", async () => {
    const generation = () => count(`SELECT "value" AS n FROM "CacheGeneration" WHERE "name" = 'public'`);
    const id = await insertStory("m4", "Public story with many rows");
    const start = await generation();
    const lesson = (position: number) =>
      `INSERT INTO "Lesson" ("postmortemId", "position", "text") VALUES (${id}, ${position}, 'Lesson ${position}')`;
    await temp.db.$transaction(async (tx) => {
      const seen = async () =>
        Number((await tx.$queryRawUnsafe<{ n: number }[]>(`SELECT "value" AS n FROM "CacheGeneration" WHERE "name" = 'public'`))[0]!.n);
      await tx.$executeRawUnsafe(`SAVEPOINT before_lessons`);
      await tx.$executeRawUnsafe(lesson(0));
      expect(await seen()).toBe(start + 1);
      await tx.$executeRawUnsafe(`ROLLBACK TO SAVEPOINT before_lessons`);
      expect(await seen()).toBe(start);
      for (let position = 0; position < 5; position++) await tx.$executeRawUnsafe(lesson(position));
      expect(await seen()).toBe(start + 1);
    });
    expect(await generation()).toBe(start + 1);
    await temp.raw.exec(lesson(5));
    expect(await generation()).toBe(start + 2);
  });

  it("never errors on search input: any parsed query is a valid tsquery", async () => {
    const { parseSearchQuery, tsQueryExpression } = await import("@/lib/search/fts-query");
    for (const input of [`"it's" OR don't*`, "a\\b:* & | ! <-> ()", "数据 丢失", "Größe*", `"kube-apiserver" OR OR`]) {
      const query = parseSearchQuery(input);
      if (query) await expect(matches(tsQueryExpression(query))).resolves.toBeGreaterThanOrEqual(0);
    }
  });

  it("makes exactly one admin out of concurrent first registrations (the advisory write lock)", async () => {
    const fresh = await createTempDatabase("postgresql");
    try {
      process.env.DATABASE_URL = fresh.url;
      const { createUser } = await import("@/lib/data/users");
      const made = await Promise.all(Array.from({ length: 10 }, (_, i) => createUser({ email: `u${i}@example.test`, name: `U${i}` })));
      expect(made.filter((user) => user.isAdmin)).toHaveLength(1);
    } finally {
      process.env.DATABASE_URL = temp.url;
      await fresh.cleanup();
    }
  });
});

describe("the PostgreSQL migration runner", () => {
  let temp: TempDatabase;
  let dir: string;
  beforeAll(async () => {
    temp = await createTempDatabase("postgresql");
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "atlas-migrations-"));
  });
  afterAll(async () => {
    await temp.cleanup();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const write = (name: string, sql: string) => {
    fs.mkdirSync(path.join(dir, name));
    fs.writeFileSync(path.join(dir, name, "migration.sql"), sql);
  };

  it("leaves the database as it was when a migration fails, and names the migration", async () => {
    for (const name of migrationNames()) fs.cpSync(path.join(POSTGRES_MIGRATIONS, name), path.join(dir, name), { recursive: true });
    write("29990101000000_half_done", `CREATE TABLE "Extra" ("id" INTEGER); ALTER TABLE "Postmortem" ADD COLUMN "extra" TEXT; SELECT 1/0;`);
    await expect(migratePostgres(temp.url, { dir })).rejects.toThrow(
      /migration 29990101000000_half_done failed and was rolled back: division by zero/,
    );
    expect(await temp.raw.all(`SELECT 1 FROM information_schema.tables WHERE table_name = 'Extra'`)).toEqual([]);
    expect(await temp.raw.all(`SELECT 1 FROM information_schema.columns WHERE table_name = 'Postmortem' AND column_name = 'extra'`)).toEqual([]);
    expect(await temp.raw.all(`SELECT 1 FROM "_prisma_migrations" WHERE migration_name = '29990101000000_half_done'`)).toEqual([]);
  });

  it("applies a fixed migration once, even when several release steps run at the same time", async () => {
    fs.writeFileSync(path.join(dir, "29990101000000_half_done", "migration.sql"), `CREATE TABLE "Extra" ("id" INTEGER);`);
    const runs = await Promise.all([migratePostgres(temp.url, { dir }), migratePostgres(temp.url, { dir }), migratePostgres(temp.url, { dir })]);
    expect(runs.flat()).toEqual(["29990101000000_half_done"]);
  });

  it("names an unreachable database in one line, without its password", async () => {
    const url = "postgresql://atlas:hunter2@127.0.0.1:1/atlas";
    const error = await migratePostgres(url).catch((e: Error) => e);
    expect(String(error)).toMatch(/^Error: cannot connect to PostgreSQL at postgresql:\/\/atlas:…@127\.0\.0\.1:1\/atlas: .+$/);
    expect(String(error)).not.toContain("hunter2");
  });
});
