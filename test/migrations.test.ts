import { afterAll, describe, expect, it } from "vitest";
import { createTempDb } from "@/test/temp-db";

// Table redefinitions in later migrations drop triggers; this guards the search index against that.
describe("migrations", () => {
  const temp = createTempDb();
  afterAll(() => temp.cleanup());

  it("leave every search trigger in place", () => {
    const triggers = (temp.sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name").all() as { name: string }[]).map(
      (t) => t.name,
    );
    expect(triggers).toEqual(
      expect.arrayContaining([
        "postmortem_fts_ai",
        "postmortem_fts_au",
        "postmortem_fts_ad",
        "lesson_fts_ai",
        "postmortem_tag_fts_ai",
        "tag_fts_au",
        "component_fts_au",
      ]),
    );
  });

  it("keep the search index in step with inserts, updates and deletes", () => {
    const db = temp.sqlite;
    db.prepare(
      `INSERT INTO Postmortem (slug, title, organization, severity, incidentDate, platform, summary, impact, "trigger", rootCause, detection, resolution, updatedAt)
       VALUES ('m1', 'Quokka outage', 'Org', 'production', 0, 'gke', 's', 'i', 't', 'r', 'd', 'r', 0)`,
    ).run();
    const count = (q: string) => (db.prepare("SELECT count(*) AS n FROM postmortem_fts WHERE postmortem_fts MATCH ?").get(q) as { n: number }).n;
    expect(count("quokka")).toBe(1);
    db.prepare("UPDATE Postmortem SET title = 'Wombat outage' WHERE slug = 'm1'").run();
    expect(count("quokka")).toBe(0);
    expect(count("wombat")).toBe(1);
    db.prepare("DELETE FROM Postmortem WHERE slug = 'm1'").run();
    expect(count("wombat")).toBe(0);
  });
});
