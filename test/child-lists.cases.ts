import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/viewer-types";
import type { DatabaseProvider } from "@/lib/database-url";
import { postmortemFields } from "@/lib/validation/postmortem";
import { createTempDatabase, type TempDatabase } from "@/test/temp-db";

// "Writes touch what changed": an autosave of one field must not delete and re-insert the story's lists
// (each rewrite fires the search triggers and logs catalogue changes).
export const childListsSuite = (provider: DatabaseProvider) =>
  describe(`team postmortem edits (${provider})`, () => {
    let temp: TempDatabase;
    let writes: typeof import("@/lib/data/postmortem-writes");
    let viewer: Viewer;

    beforeAll(async () => {
      temp = await createTempDatabase(provider);
      await temp.raw.exec(`INSERT INTO "User" ("id", "email", "name") VALUES (1, 'lead@example.test', 'Lead')`);
      await temp.raw.exec(`INSERT INTO "Team" ("id", "slug", "name") VALUES (1, 'ops', 'Ops')`);
      await temp.raw.exec(`INSERT INTO "Membership" ("userId", "teamId", "role") VALUES (1, 1, 'lead')`);
      viewer = { id: 1, email: "lead@example.test", name: "Lead", isAdmin: false, teams: [{ id: 1, slug: "ops", name: "Ops", role: "lead" }] };
      process.env.DATABASE_URL = temp.url;
      writes = await import("@/lib/data/postmortem-writes");
    });
    afterAll(() => temp.cleanup());

    it("rewrites only the lists that changed", async () => {
      const fields = postmortemFields.parse({
        title: "Disk filled",
        incidentDate: "2026-01-02",
        lessons: ["Alert on disk usage."],
        timeline: [{ at: "10:00", description: "Disk full", marker: "trigger" }],
        sources: [{ title: "Doc", url: "https://example.test/doc" }],
      });
      const { slug, version } = await writes.createTeamPostmortem(viewer, { ...fields, teamId: 1 });
      const idsOf = async (table: string) =>
        (await temp.raw.all<{ id: number }>(`SELECT "id" AS id FROM "${table}" ORDER BY "id"`)).map((row) => row.id);
      const ids = async () => ({ l: await idsOf("Lesson"), t: await idsOf("TimelineEvent"), s: await idsOf("Source") });
      const before = await ids();
      const changes = async () => Number((await temp.raw.all<{ n: number }>(`SELECT count(*) AS n FROM "CatalogChange"`))[0]!.n);
      const logged = await changes();

      const narrative = await writes.updateTeamPostmortem(viewer, { slug, baseVersion: version, body: "The disk filled up overnight." });
      expect(narrative.changed).toEqual(["body"]);
      expect(await ids()).toEqual(before);
      expect(await changes()).toBe(logged + 1); // the search document changed, once; no list was rewritten

      await writes.updateTeamPostmortem(viewer, { slug, baseVersion: narrative.version, lessons: ["Alert on disk usage.", "Rotate logs."] });
      const after = await ids();
      expect(after.l).not.toEqual(before.l);
      expect({ t: after.t, s: after.s }).toEqual({ t: before.t, s: before.s });
    });
  });
