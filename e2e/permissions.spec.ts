import { captureAction, replay } from "./support/actions";
import { ROLES, setupRoles as setup, type Role } from "./support/roles";
import { database } from "./support/database";
import { editorReady } from "./support/editor";
import { api, expect, filePostmortem, filePublished, test, unique } from "./support/fixtures";

type State = { version: number; visibility: string; archivedAt: unknown; impact: string };
const stateOf = async (slug: string) =>
  (await database.get<State>(
    `SELECT "version" AS version, "visibility" AS visibility, "archivedAt" AS "archivedAt", "impact" AS impact FROM "Postmortem" WHERE "slug" = ?`,
    slug,
  ))!;

// A team-only draft, and a public postmortem that has been published.
for (const visibility of ["team", "public"] as const) {
  test(`API and pages enforce every role on a ${visibility === "team" ? "team-only draft" : "published public"} postmortem`, async ({
    browser,
    world,
  }) => {
    test.setTimeout(120_000);
    const { teamA, pages } = await setup(browser, world);
    const marker = `perm${unique()}`;
    // A tag of its own, so its count reveals exactly whether this postmortem is counted.
    const tag = `perm-tag-${unique()}`;
    await database.run(
      `INSERT INTO "Tag" ("slug", "name", "description", "synonyms", "categoryId") SELECT ?, ?, 'test', '', "id" FROM "Category" LIMIT 1`,
      tag,
      tag,
    );
    const file = visibility === "public" ? filePublished : filePostmortem;
    const { slug } = await file(pages.leadA, teamA.id, { title: `${marker} secret title`, visibility, tags: [tag] });
    const canRead = (role: Role) => visibility === "public" || ["memberA", "leadA", "admin"].includes(role);

    for (const role of ROLES) {
      const page = pages[role];
      const readable = canRead(role);
      // read: page, API record, search, counts
      expect((await page.goto(`/postmortems/${slug}`))?.status(), `${role} reads the page`).toBe(readable ? 200 : 404);
      if (!readable) await expect(page.getByText(marker)).toHaveCount(0);
      expect((await page.request.get(`/api/v1/postmortems/${slug}`)).status(), `${role} reads the API`).toBe(readable ? 200 : 404);
      const query = encodeURIComponent(`${marker} secret`);
      const search = await (await page.request.get(`/api/v1/postmortems?q=${query}`)).json();
      expect(search.total, `${role} search count`).toBe(readable ? 1 : 0);
      const tags = await (await page.request.get("/api/v1/tags")).json();
      expect(tags.items.find((t: { slug: string }) => t.slug === tag).count, `${role} tag count`).toBe(readable ? 1 : 0);
      await page.goto(`/postmortems?q=${query}`);
      await expect(page.getByRole("status"), `${role} browse`).toHaveText(readable ? "Showing 1–1 of 1 postmortem" : "No postmortems match.");
      expect((await page.goto(`/postmortems/${slug}/edit`))?.url(), `${role} edit page`).toContain(
        role === "anonymous" ? "/signin" : `/postmortems/${slug}/edit`,
      );

      // create in team A
      const created = await api(page).post("/api/v1/postmortems", {
        data: { teamId: teamA.id, title: `${marker} by ${role}`, incidentDate: "2026-01-02" },
      });
      expect(created.status(), `${role} creates`).toBe({ anonymous: 401, memberB: 403, memberA: 201, leadA: 201, admin: 201 }[role]);

      // edit
      const before = await stateOf(slug);
      const edit = await api(page).patch(`/api/v1/postmortems/${slug}`, { data: { baseVersion: before.version, impact: `edited by ${role}` } });
      // Members edit drafts only; a published postmortem is the leads' to change.
      const editStatus = { anonymous: 401, memberB: readable ? 403 : 404, memberA: visibility === "public" ? 403 : 200, leadA: 200, admin: 200 }[
        role
      ];
      expect(edit.status(), `${role} edits: ${await edit.text()}`).toBe(editStatus);
      expect((await stateOf(slug)).impact === `edited by ${role}`, `${role} edit applied`).toBe(editStatus === 200);
      if (edit.status() !== 200) expect(JSON.stringify(await edit.json())).not.toContain(marker);

      // change visibility
      const other = visibility === "public" ? "team" : "public";
      const vis = await api(page).patch(`/api/v1/postmortems/${slug}`, { data: { baseVersion: (await stateOf(slug)).version, visibility: other } });
      expect(vis.status(), `${role} changes visibility`).toBe(
        { anonymous: 401, memberB: readable ? 403 : 404, memberA: 403, leadA: 200, admin: 200 }[role],
      );
      if (vis.status() === 200) {
        await api(page).patch(`/api/v1/postmortems/${slug}`, { data: { baseVersion: (await stateOf(slug)).version, visibility } });
      }
      expect((await stateOf(slug)).visibility).toBe(visibility);

      // archive, then restore
      const archive = await api(page).post(`/api/v1/postmortems/${slug}/archive`);
      const archiveStatus = { anonymous: 401, memberB: readable ? 403 : 404, memberA: 403, leadA: 200, admin: 200 }[role];
      expect(archive.status(), `${role} archives`).toBe(archiveStatus);
      if (archiveStatus !== 200) {
        expect((await stateOf(slug)).archivedAt).toBeNull();
        await api(pages.leadA).post(`/api/v1/postmortems/${slug}/archive`);
      }
      // Archived: only the team's leads and admins can see or restore it.
      const restore = await api(page).post(`/api/v1/postmortems/${slug}/restore`);
      expect(restore.status(), `${role} restores`).toBe({ anonymous: 401, memberB: 404, memberA: 404, leadA: 200, admin: 200 }[role]);
      if (restore.status() !== 200) await api(pages.leadA).post(`/api/v1/postmortems/${slug}/restore`);
      expect((await stateOf(slug)).archivedAt).toBeNull();
    }
    await database.writeAll([
      [`DELETE FROM "Postmortem" WHERE "title" LIKE ?`, `${marker}%`],
      [`DELETE FROM "Tag" WHERE "slug" = ?`, tag],
    ]);
  });
}

test("server actions refuse the same requests the API refuses", async ({ browser, world }) => {
  test.setTimeout(120_000);
  const { teamA, pages } = await setup(browser, world);
  const { slug } = await filePostmortem(pages.leadA, teamA.id, { title: `Action target ${unique()}`, impact: "original" });

  // Archive: the lead's real request, replayed as everyone.
  pages.leadA.once("dialog", (d) => d.accept());
  await pages.leadA.goto(`/postmortems/${slug}`);
  const archive = await captureAction(pages.leadA, slug, () => pages.leadA.getByRole("button", { name: "Archive" }).click());
  for (const role of ["anonymous", "memberB", "memberA"] as const) {
    const result = await replay(pages[role], archive);
    expect(result.body, `${role} archive action`).toMatch({ anonymous: /"status":401/, memberB: /"status":404/, memberA: /"status":403/ }[role]);
    expect((await stateOf(slug)).archivedAt, `${role} did not archive`).toBeNull();
  }
  expect((await replay(pages.admin, archive)).body).toMatch(/"ok":true/);
  expect((await stateOf(slug)).archivedAt).not.toBeNull();
  await api(pages.leadA).post(`/api/v1/postmortems/${slug}/restore`);

  // Edit: the editor's autosave request, replayed as everyone.
  await pages.leadA.goto(`/postmortems/${slug}/edit`);
  await editorReady(pages.leadA);
  const before = await stateOf(slug);
  const save = await captureAction(pages.leadA, "changed through a replayed action", async () => {
    await pages.leadA.getByLabel("Impact").fill("changed through a replayed action");
    await pages.leadA.getByRole("button", { name: "Save now" }).click();
  });
  // The editor is built never to lose a save (it retries and flushes on leaving), so the lead's own copy of the
  // change may still land, even after this point on a slow database. Put the row back as it was, at a version no
  // copy of that save can match: a late one is then refused as stale, and only the replays below can change the row.
  await database.run(`UPDATE "Postmortem" SET "impact" = ?, "version" = ? WHERE "slug" = ?`, before.impact, before.version + 1000, slug);
  for (const role of ["anonymous", "memberB"] as const) {
    const result = await replay(pages[role], save);
    expect(result.body, `${role} save action`).toMatch(role === "anonymous" ? /"status":401/ : /"status":404/);
    expect((await stateOf(slug)).impact).toBe("original");
  }
  await database.run(`UPDATE "Postmortem" SET "version" = ? WHERE "slug" = ?`, before.version, slug);
  expect((await replay(pages.memberA, save)).body).toMatch(/"ok":true/);
  expect((await stateOf(slug)).impact).toBe("changed through a replayed action");
});
