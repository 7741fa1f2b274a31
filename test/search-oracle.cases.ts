import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/viewer-types";
import { DURATION_KEYS, durationBucket } from "@/lib/insights/duration-buckets";
import { applyFacets, FACET_KEYS, type FacetCounts, type FacetRow } from "@/lib/search/facets";
import type { DatabaseProvider } from "@/lib/database-url";
import { ftsExpression, parseSearchQuery, tsQueryExpression } from "@/lib/search/fts-query";
import { parseBrowseParams, type BrowseFilters } from "@/lib/validation/browse-params";
import { createTempDatabase, type RawSql, type TempDatabase } from "@/test/temp-db";

// searchPostmortems (facet index + change log + cached ranked hits) against the whole-catalogue code it replaced:
// every visible row loaded, filtered by FTS hits, applyFacets, sorted (rank, newest, id), then sliced. The same
// cases run on SQLite (search-oracle.test.ts) and PostgreSQL (search-oracle.postgres.test.ts).

let temp: TempDatabase;
let search: typeof import("@/lib/data/search").searchPostmortems;

const WORDS = ["kernel", "panic", "dns", "timeout", "upgrade", "webhook", "quota", "drain"];
const SEVERITIES = ["production", "non-production", "trivial"];
const PLATFORMS = ["gke", "eks", "aks"];
const TAGS = ["snat", "dns-policy", "webhook-timeout", "node-drain"];
const COMPONENTS = ["coredns", "calico", "kubelet"];

async function seed(db: RawSql, random: () => number) {
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)]!;
  await db.exec(`INSERT INTO "Category" ("slug", "name", "description") VALUES ('net', 'Networking', ''), ('ops', 'Operations', '')`);
  for (const [i, slug] of TAGS.entries())
    await db.exec(`INSERT INTO "Tag" ("slug", "name", "description", "categoryId") VALUES ('${slug}', '${slug}', '', ${1 + (i % 2)})`);
  for (const slug of COMPONENTS) await db.exec(`INSERT INTO "Component" ("slug", "name", "description") VALUES ('${slug}', '${slug}', '')`);
  await db.exec(`INSERT INTO "Team" ("slug", "name") VALUES ('a', 'A'), ('b', 'B')`);
  // Enough rows that a common word has more hits than relevance paging fetches ranked at first (64), with many ties.
  for (let i = 0; i < 400; i++) {
    const kind = random() < 0.3 ? "curated" : "team";
    // Curated rows may be listed entries: no tier, no platform, or superseded by a retold story.
    const listed = kind === "curated" && random() < 0.5;
    const retoldAs = listed && random() < 0.2 ? "some-retold-story" : null;
    const status = random() < 0.8 ? "published" : "draft";
    const text = Array.from({ length: 3 }, () => pick(WORDS)).join(" ");
    const date = db.date(new Date(Date.UTC(2018 + Math.floor(random() * 4), Math.floor(random() * 3), 1)));
    const id = await db.insert(
      `INSERT INTO "Postmortem" ("slug", "kind", "status", "visibility", "title", "organization", "severity", "incidentDate", "platform", "summary",
         "impact", "trigger", "rootCause", "detection", "resolution", "teamId", "archivedAt", "coverage", "retoldAs", "updatedAt", "durationMinutes")
       VALUES (?, ?, ?, ?, ?, 'Org', ?, ?, ?, ?, '', '', ?, '', '', ?, ?, ?, ?, ?, ?)`,
      `pm-${i}`,
      kind,
      status,
      random() < 0.5 ? "public" : "team",
      `Story ${text}`,
      listed && random() < 0.5 ? "" : pick(SEVERITIES),
      date,
      listed && random() < 0.5 ? "" : pick(PLATFORMS),
      `${pick(WORDS)} ${pick(WORDS)}`,
      pick(WORDS),
      kind === "team" ? 1 + Math.floor(random() * 2) : null,
      random() < 0.1 ? date : null,
      listed ? "listed" : "retold",
      retoldAs,
      db.date(new Date(0)),
      random() < 0.3 ? null : Math.floor(random() * 5000),
    );
    for (let t = 1; t <= TAGS.length; t++)
      if (random() < 0.35) await db.exec(`INSERT INTO "PostmortemTag" ("postmortemId", "tagId") VALUES (${id}, ${t})`);
    for (let c = 1; c <= COMPONENTS.length; c++)
      if (random() < 0.3) await db.exec(`INSERT INTO "PostmortemComponent" ("postmortemId", "componentId") VALUES (${id}, ${c})`);
  }
}

/** Every match with its rank (lower is better): bm25 on SQLite, negated ts_rank on PostgreSQL. */
function rankedSql(provider: DatabaseProvider) {
  return provider === "sqlite"
    ? `SELECT rowid AS id, bm25(postmortem_fts, 10.0, 5.0, 1.0, 3.0, 2.0, 4.0, 3.0) AS rank FROM postmortem_fts WHERE postmortem_fts MATCH ?`
    : `SELECT postmortem_id AS id, -ts_rank(document, to_tsquery('atlas', ?))::float8 AS rank FROM postmortem_search WHERE document @@ to_tsquery('atlas', ?)`;
}

/** The old code, in SQL and JavaScript: lib/data/visibility.ts, getCatalogRows, ftsHits and the sort in searchPostmortems. */
async function oracle({ raw: db, provider }: TempDatabase, filters: BrowseFilters, viewer: Viewer | null) {
  const teamIds = viewer?.teams.map((t) => t.id) ?? [];
  const own = viewer?.isAdmin
    ? `OR ("kind" = 'team' AND "archivedAt" IS NULL)`
    : teamIds.length
      ? `OR ("kind" = 'team' AND "archivedAt" IS NULL AND "teamId" IN (${teamIds.join(",")}))`
      : "";
  type Row = { id: number; incidentDate: string | Date; severity: string; platform: string; coverage: string; durationMinutes: number | null };
  const base = await db.all<Row>(
    `SELECT "id" AS id, "incidentDate" AS "incidentDate", "severity" AS severity, "platform" AS platform, "coverage" AS coverage, "durationMinutes" AS "durationMinutes" FROM "Postmortem"
     WHERE ("kind" = 'curated' AND "status" = 'published' AND "retoldAs" IS NULL)
        OR ("kind" = 'team' AND "archivedAt" IS NULL AND "visibility" = 'public' AND "status" = 'published') ${own} ORDER BY "id"`,
  );
  const tags = await db.all<{ id: number; slug: string; category: string }>(
    `SELECT l."postmortemId" AS id, t."slug" AS slug, c."slug" AS category FROM "PostmortemTag" l JOIN "Tag" t ON t."id" = l."tagId" JOIN "Category" c ON c."id" = t."categoryId"`,
  );
  const components = await db.all<{ id: number; slug: string }>(
    `SELECT l."postmortemId" AS id, c."slug" AS slug FROM "PostmortemComponent" l JOIN "Component" c ON c."id" = l."componentId"`,
  );
  let rows: (FacetRow & { date: number })[] = base.map((r) => {
    const own = tags.filter((t) => t.id === r.id);
    return {
      id: r.id,
      date: new Date(r.incidentDate).getTime(),
      coverage: [r.coverage],
      severity: r.severity ? [r.severity] : [],
      platform: r.platform ? [r.platform] : [],
      year: [String(new Date(r.incidentDate).getUTCFullYear())],
      tag: own.map((t) => t.slug),
      category: [...new Set(own.map((t) => t.category))],
      component: components.filter((c) => c.id === r.id).map((c) => c.slug),
      duration: [durationBucket(r.durationMinutes)].flatMap((bucket) => (bucket ? [bucket] : [])),
      // The seeded timelines give no exact times.
      measured: [],
    };
  });
  let ranks: Map<number, number> | null = null;
  if (filters.q) {
    const query = parseSearchQuery(filters.q);
    const expression = query && (provider === "sqlite" ? ftsExpression(query) : tsQueryExpression(query));
    const hits = expression
      ? await db.all<{ id: number; rank: number }>(rankedSql(provider), ...(provider === "sqlite" ? [expression] : [expression, expression]))
      : [];
    ranks = new Map(hits.map((h) => [h.id, h.rank]));
    rows = rows.filter((r) => ranks!.has(r.id));
  }
  const { matching, counts } = applyFacets(rows, filters);
  const sorted = [...matching].sort((a, b) => {
    if (filters.sort === "oldest") return a.date - b.date;
    // On a relevance tie a retold story comes before a listed entry.
    const listedLast = (r: FacetRow) => (r.coverage[0] === "listed" ? 1 : 0);
    if (filters.sort === "relevance" && ranks)
      return ranks.get(a.id)! - ranks.get(b.id)! || listedLast(a) - listedLast(b) || b.date - a.date || a.id - b.id;
    return b.date - a.date;
  });
  const start = (filters.page - 1) * filters.pageSize;
  return { ids: sorted.slice(start, start + filters.pageSize).map((r) => r.id), total: matching.length, counts };
}

const plain = (counts: FacetCounts) => Object.fromEntries(FACET_KEYS.map((key) => [key, Object.fromEntries([...counts[key]].sort())]));

const viewerArb: fc.Arbitrary<Viewer | null> = fc.oneof(
  fc.constant(null),
  fc.record({ isAdmin: fc.boolean(), teams: fc.subarray([1, 2]) }).map(({ isAdmin, teams }) => ({
    id: 1,
    email: "v@example.test",
    name: "V",
    isAdmin,
    teams: teams.map((id) => ({ id, slug: String(id), name: String(id), role: "member" as const })),
  })),
);

const paramsArb = fc.record(
  {
    q: fc.oneof(
      fc.constant(""),
      fc.constantFrom(...WORDS),
      fc.constant("dns OR kernel"),
      fc.constant('"kernel panic"'),
      fc.constant("time*"),
      fc.constant('"('),
    ),
    coverage: fc.subarray(["retold", "listed"]),
    severity: fc.subarray(SEVERITIES),
    platform: fc.subarray(PLATFORMS),
    tag: fc.subarray(TAGS),
    component: fc.subarray(COMPONENTS),
    category: fc.subarray(["net", "ops"]),
    year: fc.subarray(["2018", "2019", "2020", "2021"]),
    duration: fc.subarray(DURATION_KEYS),
    measured: fc.subarray(["detect", "resolve"]),
    tagMatch: fc.constantFrom("any", "all"),
    sort: fc.constantFrom("relevance", "newest", "oldest"),
    page: fc.integer({ min: 1, max: 6 }).map(String),
    pageSize: fc.constantFrom("5", "20"),
  },
  { requiredKeys: [] },
);

export const searchOracleSuite = (provider: DatabaseProvider) =>
  describe(`searchPostmortems against the whole-catalogue oracle (${provider})`, () => {
    beforeAll(async () => {
      temp = await createTempDatabase(provider);
      let s = 7;
      await seed(temp.raw, () => (s = (s * 48271) % 2147483647) / 2147483647);
      process.env.DATABASE_URL = temp.url;
      ({ searchPostmortems: search } = await import("@/lib/data/search"));
    });
    afterAll(() => temp.cleanup());

    it("gives the same page, total and counts for any filters and reader", async () => {
      await fc.assert(
        fc.asyncProperty(paramsArb, viewerArb, async (params, viewer) => {
          const { filters } = parseBrowseParams(params);
          const expected = await oracle(temp, filters, viewer);
          const actual = await search(filters, viewer);
          expect(actual.items.map((item) => item.id)).toEqual(expected.ids);
          expect(actual.total).toBe(expected.total);
          expect(plain(actual.counts)).toEqual(plain(expected.counts));
        }),
        { numRuns: 150 },
      );
    });

    it("reads and ranks a query once for the requests that ask at once, started ahead or not, and again after a failure", async () => {
      const { sql } = await import("@/lib/data/sql/dialect");
      const ids = vi.spyOn(sql(), "ftsHits");
      const top = vi.spyOn(sql(), "ftsTop");
      const shown = (result: Awaited<ReturnType<typeof search>>) => result.items.map((item) => item.id);
      try {
        // As scripts/serve.mjs does when the request arrives, then the page and another reader at once.
        const { filters } = parseBrowseParams({ q: "quota drain", pageSize: "5" });
        const ahead = (globalThis as { atlasSearchAhead?: (params: URLSearchParams) => void }).atlasSearchAhead;
        ahead!(new URLSearchParams("q=quota+drain&pageSize=5"));
        const [first, second] = await Promise.all([search(filters, null), search(filters, null)]);
        expect(shown(first)).toEqual((await oracle(temp, filters, null)).ids);
        expect(shown(second)).toEqual(shown(first));
        expect(ids).toHaveBeenCalledTimes(1);
        expect(top).toHaveBeenCalledTimes(1);

        // A failed read is not kept: the request that asked gets the error, and the next one reads again.
        const other = parseBrowseParams({ q: "quota webhook" }).filters;
        top.mockRejectedValue(new Error("the ranking failed"));
        await expect(search(other, null)).rejects.toThrow("the ranking failed");
        top.mockRestore();
        expect(shown(await search(other, null))).toEqual((await oracle(temp, other, null)).ids);
        const third = parseBrowseParams({ q: "panic quota" }).filters;
        ids.mockRejectedValue(new Error("the hits could not be read"));
        await expect(search(third, null)).rejects.toThrow("the hits could not be read");
        ids.mockRestore();
        expect(shown(await search(third, null))).toEqual((await oracle(temp, third, null)).ids);
      } finally {
        ids.mockRestore();
        top.mockRestore();
      }
    });

    it("follows writes on the next call: visibility, facets, tags and text", async () => {
      const db = temp.raw;
      const check = async (params: Record<string, string>, viewer: Viewer | null = null) => {
        const { filters } = parseBrowseParams(params);
        expect((await search(filters, viewer)).items.map((i) => i.id)).toEqual((await oracle(temp, filters, viewer)).ids);
      };
      await check({ q: "kernel" });
      await db.exec(`UPDATE "Postmortem" SET "visibility" = 'public', "status" = 'published', "archivedAt" = NULL WHERE "kind" = 'team'`);
      await check({ q: "kernel", pageSize: "100" });
      await db.exec(`UPDATE "Postmortem" SET "title" = 'Story wombat' WHERE "id" % 3 = 0`);
      await db.exec(`UPDATE "Postmortem" SET "retoldAs" = NULL WHERE "retoldAs" IS NOT NULL AND "id" % 2 = 0`);
      await db.exec(`UPDATE "Postmortem" SET "coverage" = 'listed' WHERE "kind" = 'curated' AND "id" % 5 = 0`);
      await check({ coverage: "listed", pageSize: "100" });
      await check({ q: "wombat", pageSize: "100" });
      await db.exec(`DELETE FROM "PostmortemTag" WHERE "tagId" = 1`);
      await db.exec(`UPDATE "Postmortem" SET "severity" = 'trivial', "archivedAt" = "incidentDate" WHERE "id" % 4 = 0`);
      await check({ tag: "dns-policy", severity: "trivial", pageSize: "100" });
      await check({ q: "wombat", sort: "relevance", pageSize: "100" });
      // A story filed after the index was built, then tagged.
      await db.insert(
        `INSERT INTO "Postmortem" ("slug", "kind", "status", "visibility", "title", "organization", "severity", "incidentDate", "platform", "summary",
         "impact", "trigger", "rootCause", "detection", "resolution", "teamId", "updatedAt")
       VALUES ('late', 'team', 'published', 'public', 'Story numbat', 'Org', 'production', ?, 'gke', 's', '', '', 'r', '', '', 1, ?)`,
        db.date(new Date("2030-01-01T00:00:00Z")),
        db.date(new Date(0)),
      );
      await check({ q: "numbat" });
      // Snippets are kept per query and row until a text changes.
      const snippet = async (q: string) => JSON.stringify((await search(parseBrowseParams({ q }).filters, null)).items[0]?.snippet);
      expect(await snippet("numbat")).not.toContain("burrow");
      await db.exec(`UPDATE "Postmortem" SET "summary" = 'A numbat dug a burrow' WHERE "slug" = 'late'`);
      expect(await snippet("numbat")).toContain("burrow");
      await check({ sort: "newest", pageSize: "5" });
      await db.exec(`INSERT INTO "PostmortemTag" ("postmortemId", "tagId") SELECT "id", 2 FROM "Postmortem" WHERE "slug" = 'late'`);
      await check({ tag: "dns-policy", year: "2030" });
    });
  });
