import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/viewer-types";
import { postmortemFields } from "@/lib/validation/postmortem";
import { createTempDb } from "@/test/temp-db";

// "Writes touch what changed": an autosave of one field must not delete and re-insert the story's lists
// (each rewrite fires the search triggers and logs catalogue changes).
describe("team postmortem edits", () => {
  let temp: ReturnType<typeof createTempDb>;
  let writes: typeof import("@/lib/data/postmortem-writes");
  let viewer: Viewer;

  beforeAll(async () => {
    temp = createTempDb();
    temp.sqlite
      .exec(`INSERT INTO User (id, email, name) VALUES (1, 'lead@example.test', 'Lead'); INSERT INTO Team (id, slug, name) VALUES (1, 'ops', 'Ops');
      INSERT INTO Membership (userId, teamId, role) VALUES (1, 1, 'lead');`);
    viewer = { id: 1, email: "lead@example.test", name: "Lead", isAdmin: false, teams: [{ id: 1, slug: "ops", name: "Ops", role: "lead" }] };
    process.env.DATABASE_URL = `file:${temp.file}`;
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
    const ids = () =>
      temp.sqlite
        .prepare(
          `SELECT (SELECT group_concat(id) FROM Lesson) AS l, (SELECT group_concat(id) FROM TimelineEvent) AS t, (SELECT group_concat(id) FROM Source) AS s`,
        )
        .get();
    const before = ids();
    const changes = () => (temp.sqlite.prepare(`SELECT count(*) AS n FROM CatalogChange`).get() as { n: number }).n;
    const logged = changes();

    const narrative = await writes.updateTeamPostmortem(viewer, { slug, baseVersion: version, body: "The disk filled up overnight." });
    expect(narrative.changed).toEqual(["body"]);
    expect(ids()).toEqual(before);
    expect(changes()).toBe(logged + 1); // the search document changed, once; no list was rewritten

    await writes.updateTeamPostmortem(viewer, { slug, baseVersion: narrative.version, lessons: ["Alert on disk usage.", "Rotate logs."] });
    const after = ids() as { l: string; t: string; s: string };
    expect(after.l).not.toBe((before as { l: string }).l);
    expect({ t: after.t, s: after.s }).toEqual({ t: (before as { t: string }).t, s: (before as { s: string }).s });
  });
});
