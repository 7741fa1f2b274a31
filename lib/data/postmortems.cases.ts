import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/viewer-types";
import type { DatabaseProvider } from "@/lib/database-url";
import { createTempDatabase, type TempDatabase } from "@/test/temp-db";

// The detail read (loadPostmortem) runs plain SQL on each database's hot read path, which gives dates and booleans in
// its own form: both must come out as the pages and the API expect, with every child list in order.
export const postmortemDetailSuite = (provider: DatabaseProvider) =>
  describe(`the detail read (${provider})`, () => {
    let temp: TempDatabase;
    let detail: typeof import("@/lib/data/postmortems");
    let links: typeof import("@/lib/data/looks-like");
    const member: Viewer = { id: 1, email: "m@example.test", name: "Mira", isAdmin: false, teams: [{ id: 1, slug: "ops", name: "Ops", role: "member" }] };
    const ids: Record<string, number> = {};

    beforeAll(async () => {
      temp = await createTempDatabase(provider);
      const db = temp.raw;
      await db.exec(`INSERT INTO "User" ("id", "email", "name") VALUES (1, 'm@example.test', 'Mira')`);
      await db.exec(`INSERT INTO "Team" ("id", "slug", "name", "requireSecondReviewer") VALUES (1, 'ops', 'Ops', true)`);
      await db.exec(`INSERT INTO "Membership" ("userId", "teamId", "role") VALUES (1, 1, 'member')`);
      await db.exec(`INSERT INTO "Category" ("slug", "name", "description") VALUES ('dns', 'DNS', '')`);
      await db.exec(`INSERT INTO "Tag" ("slug", "name", "description", "categoryId") VALUES ('snat', 'SNAT', '', 1), ('dns-ndots', 'ndots', '', 1)`);
      await db.exec(`INSERT INTO "Component" ("slug", "name", "description") VALUES ('coredns', 'CoreDNS', '')`);
      const story = (slug: string, kind: string, status: string, visibility: string, teamId: number | null, approximate: boolean) =>
        db.insert(
          `INSERT INTO "Postmortem" ("slug", "kind", "status", "visibility", "teamId", "createdById", "title", "organization", "severity", "incidentDate",
             "durationMinutes", "durationApproximate", "platform", "summary", "impact", "trigger", "rootCause", "detection", "resolution", "caveats",
             "involved", "publishedAt", "updatedAt")
           VALUES (?, ?, ?, ?, ?, ?, 'Lookups time out', 'Org', 'production', ?, 90, ${approximate}, 'gke', 'Summary', 'Impact', 'Trigger', 'Cause', 'Seen', 'Fixed',
             '["One caveat"]', '["SRE"]', ?, ?)`,
          slug,
          kind,
          status,
          visibility,
          teamId,
          teamId === null ? null : 1,
          db.date(new Date(Date.UTC(2021, 4, 6))),
          status === "published" ? db.date(new Date(Date.UTC(2021, 5, 1, 12, 30))) : null,
          db.date(new Date(Date.UTC(2021, 5, 2))),
        );
      ids.story = await story("lookups", "curated", "published", "public", null, true);
      ids.draft = await story("ops-draft", "team", "draft", "team", 1, false);
      const id = ids.story;
      await db.exec(`INSERT INTO "PostmortemTag" ("postmortemId", "tagId") VALUES (${id}, 2), (${id}, 1)`);
      await db.exec(`INSERT INTO "PostmortemComponent" ("postmortemId", "componentId") VALUES (${id}, 1)`);
      await db.exec(`INSERT INTO "Lesson" ("postmortemId", "position", "text") VALUES (${id}, 1, 'Second'), (${id}, 0, 'First')`);
      await db.exec(
        `INSERT INTO "TimelineEvent" ("postmortemId", "position", "at", "time", "description", "marker") VALUES (${id}, 0, '09:00', '2021-05-06T09:00:00Z', 'Paged', 'detected')`,
      );
      await db.insert(
        `INSERT INTO "ActionItem" ("postmortemId", "position", "type", "description", "status", "dueDate") VALUES (?, 0, 'prevent', 'Lower ndots', 'open', ?)`,
        id,
        db.date(new Date(Date.UTC(2021, 6, 1))),
      );
      await db.exec(`INSERT INTO "Source" ("postmortemId", "position", "title", "url") VALUES (${id}, 0, 'The post', 'https://example.com/post')`);
      await db.exec(`INSERT INTO "PostmortemLink" ("teamPostmortemId", "storyId") VALUES (${ids.draft}, ${id})`);
      process.env.DATABASE_URL = temp.url;
      detail = await import("@/lib/data/postmortems");
      links = await import("@/lib/data/looks-like");
    });
    afterAll(() => temp.cleanup());

    it("gives dates as dates, flags as booleans and every child list in order", async () => {
      const pm = (await detail.loadPostmortem("lookups", null))!;
      expect(pm).toMatchObject({
        slug: "lookups",
        incidentDate: new Date(Date.UTC(2021, 4, 6)),
        publishedAt: new Date(Date.UTC(2021, 5, 1, 12, 30)),
        updatedAt: new Date(Date.UTC(2021, 5, 2)),
        archivedAt: null,
        submittedAt: null,
        durationMinutes: 90,
        durationApproximate: true,
        caveats: ["One caveat"],
        involved: ["SRE"],
        coverage: "retold",
        team: null,
        createdBy: null,
        tags: [
          { slug: "snat", name: "SNAT", category: { slug: "dns", name: "DNS" } },
          { slug: "dns-ndots", name: "ndots", category: { slug: "dns", name: "DNS" } },
        ],
        components: [{ slug: "coredns", name: "CoreDNS" }],
        lessons: ["First", "Second"],
        timeline: [{ at: "09:00", time: "2021-05-06T09:00:00Z", description: "Paged", marker: "detected" }],
        actionItems: [{ type: "prevent", description: "Lower ndots", owner: null, status: "open", dueDate: new Date(Date.UTC(2021, 6, 1)), link: null }],
        sources: [{ title: "The post", url: "https://example.com/post" }],
      });
      expect(pm.incidentDate).toBeInstanceOf(Date);
      expect(JSON.parse(JSON.stringify(pm)).incidentDate).toBe("2021-05-06T00:00:00.000Z");
    });

    it("reads a team draft only for its team, with the team and its author", async () => {
      expect(await detail.loadPostmortem("ops-draft", null)).toBeNull();
      expect(await detail.loadPostmortem("missing", member)).toBeNull();
      const pm = (await detail.loadPostmortem("ops-draft", member))!;
      expect(pm).toMatchObject({
        kind: "team",
        status: "draft",
        durationApproximate: false,
        publishedAt: null,
        team: { slug: "ops", name: "Ops", requireSecondReviewer: true },
        createdBy: { name: "Mira" },
        tags: [],
        lessons: [],
      });
    });

    it("counts and lists looks-like links, and finds none for a story without them", async () => {
      expect(await links.resemblanceCount(ids.story!)).toBe(1);
      expect(await links.resemblanceCount(ids.draft!)).toBe(0);
      expect(await links.linkedPostmortemIds(ids.story!, member)).toEqual([ids.draft]);
      expect(await links.linkedPostmortemIds(ids.story!, null)).toEqual([]);
      expect((await links.looksLike(ids.draft!)).map((card) => card.slug)).toEqual(["lookups"]);
    });
  });
