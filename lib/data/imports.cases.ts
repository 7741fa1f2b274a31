import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/viewer-types";
import type { DatabaseProvider } from "@/lib/database-url";
import { createTempDatabase, type TempDatabase } from "@/test/temp-db";

const GOOD = "# DNS outage\n\n**Date:** 2026-02-03\n\n**Summary:** CoreDNS fell over.\n\n**Tags:** ndots, old-dns, Made up\n";
const JSON_RECORD = JSON.stringify({ title: "From the API", incidentDate: "2026-01-05", tags: [{ slug: "dns" }], lessons: ["One"] });
const BAD = "---\ntitle: Broken\nincidentDate: 2026-02-30\n---\n";

// lib/db reads DATABASE_URL when first imported, so point it at a fresh database before importing.
export const importsSuite = (provider: DatabaseProvider) =>
describe(`imports (${provider})`, () => {
  let temp: TempDatabase;
  let imports: typeof import("@/lib/data/imports");
  let member: Viewer;
  let outsider: Viewer;
  let teamId: number;
  beforeAll(async () => {
    temp = await createTempDatabase(provider);
    process.env.DATABASE_URL = temp.url;
    imports = await import("@/lib/data/imports");
    const category = await temp.db.category.create({ data: { slug: "dns", name: "DNS", description: "DNS" } });
    const tag = await temp.db.tag.create({ data: { slug: "dns", name: "DNS resolution", description: "d", synonyms: "ndots", categoryId: category.id } });
    await temp.db.tagRedirect.create({ data: { fromSlug: "old-dns", tagId: tag.id } });
    const team = await temp.db.team.create({ data: { slug: "sre", name: "SRE" } });
    teamId = team.id;
    const a = await temp.db.user.create({ data: { email: "a@example.test", name: "A" } });
    const b = await temp.db.user.create({ data: { email: "b@example.test", name: "B" } });
    await temp.db.membership.create({ data: { userId: a.id, teamId, role: "member" } });
    member = { id: a.id, email: a.email, name: a.name, isAdmin: false, teams: [{ id: teamId, slug: "sre", name: "SRE", role: "member" }] };
    outsider = { id: b.id, email: b.email, name: b.name, isAdmin: false, teams: [] };
  });
  afterAll(() => temp.cleanup());

  const files = [
    { name: "good.md", text: GOOD },
    { name: "record.json", text: JSON_RECORD },
    { name: "bad.md", text: BAD },
  ];

  it("answers 404 for a team the viewer is not in", async () => {
    await expect(imports.importPostmortems(outsider, { teamId, dryRun: true, stopOnError: false, files })).rejects.toMatchObject({ status: 404 });
  });

  it("previews without writing, matching tags through synonyms and old slugs and naming unknown ones", async () => {
    const preview = await imports.importPostmortems(member, { teamId, dryRun: true, stopOnError: false, files });
    expect(preview).toMatchObject({ dryRun: true, written: 0 });
    expect(preview.files.map((f) => f.ok)).toEqual([true, true, false]);
    expect(preview.files[0]!.fields).toMatchObject({ title: "DNS outage", tags: ["dns"], visibility: "team" });
    expect(preview.files[0]!.notes).toContainEqual(expect.stringMatching(/"Made up" is not in the taxonomy/));
    expect(preview.files[2]!.problems).toEqual([{ field: "incidentDate", message: "Enter a date as YYYY-MM-DD." }]);
    expect(await temp.db.postmortem.count()).toBe(0);
  });

  it("writes nothing with stopOnError when a file is bad, and otherwise files the good ones as team-only drafts", async () => {
    expect(await imports.importPostmortems(member, { teamId, dryRun: false, stopOnError: true, files })).toMatchObject({ stopped: true, written: 0 });
    expect(await temp.db.postmortem.count()).toBe(0);
    const done = await imports.importPostmortems(member, { teamId, dryRun: false, stopOnError: false, files });
    expect(done.written).toBe(2);
    const rows = await temp.db.postmortem.findMany({ select: { slug: true, title: true, status: true, visibility: true, teamId: true, kind: true }, orderBy: { id: "asc" } });
    expect(rows).toEqual([
      { slug: done.files[0]!.draft!.slug, title: "DNS outage", status: "draft", visibility: "team", teamId, kind: "team" },
      { slug: done.files[1]!.draft!.slug, title: "From the API", status: "draft", visibility: "team", teamId, kind: "team" },
    ]);
    expect(done.files[2]).toMatchObject({ ok: false, draft: null });
  });
});
