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

  it("rebuild search documents and log catalogue changes only when what they hold changes", () => {
    const db = temp.sqlite;
    db.prepare(
      // Team-only, so that the public cache generation (20261122180000_cache_generation) is not bumped.
      `INSERT INTO Postmortem (slug, visibility, title, organization, severity, incidentDate, platform, summary, impact, "trigger", rootCause, detection, resolution, updatedAt)
       VALUES ('m2', 'team', 'Numbat outage', 'Org', 'production', 0, 'gke', 's', 'i', 't', 'r', 'd', 'r', 0)`,
    ).run();
    const changes = () => (db.prepare("SELECT count(*) AS n FROM CatalogChange").get() as { n: number }).n;
    const writes = (sql: string) => {
      const before = (db.prepare("SELECT total_changes() AS n").get() as { n: number }).n;
      db.prepare(sql).run();
      return (db.prepare("SELECT total_changes() AS n").get() as { n: number }).n - before;
    };
    const logged = changes();
    // A version bump, or an update that rewrites a value unchanged, writes the row and nothing else.
    expect(writes("UPDATE Postmortem SET version = version + 1, title = title, severity = severity WHERE slug = 'm2'")).toBe(1);
    expect(changes()).toBe(logged);
    // A facet or text change is logged for the catalogue index (and cached searches); a text change also
    // rebuilds the search document.
    writes("UPDATE Postmortem SET severity = 'trivial' WHERE slug = 'm2'");
    expect(changes()).toBe(logged + 1);
    expect(writes("UPDATE Postmortem SET title = 'Bilby outage' WHERE slug = 'm2'")).toBeGreaterThan(2);
    expect(changes()).toBe(logged + 2);
    db.prepare("DELETE FROM Postmortem WHERE slug = 'm2'").run();
  });
});
