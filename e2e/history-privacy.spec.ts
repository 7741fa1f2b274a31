import { api, expect, filePostmortem, PUBLISHABLE, signIn, sqlite, test, unique } from "./support/fixtures";
import { setupRoles } from "./support/roles";

const revisionsOf = (slug: string) =>
  sqlite
    .prepare(`SELECT r.id, r.version, r.snapshot FROM "Revision" r JOIN "Postmortem" p ON p.id = r.postmortemId WHERE p.slug = ? ORDER BY r.id`)
    .all(slug) as {
    id: number;
    version: number;
    snapshot: string;
  }[];
const auditOf = (action: string) =>
  sqlite.prepare(`SELECT entityLabel, before, after FROM "AuditEntry" WHERE action = ? ORDER BY id DESC LIMIT 1`).get(action) as
    { entityLabel: string; before: string; after: string } | undefined;

/** A team files text, redacts it, then publishes publicly: the redacted text stays in an earlier revision. */
async function redactedAndPublished(page: import("@playwright/test").Page, teamId: number, secret: string) {
  const { slug } = await filePostmortem(page, teamId, {
    ...PUBLISHABLE,
    title: `Redacted ${unique()}`,
    visibility: "public",
    impact: `Customer ${secret} was affected.`,
  });
  const patch = await api(page).patch(`/api/v1/postmortems/${slug}`, { data: { baseVersion: 1, impact: "A customer was affected." } });
  expect(patch.status(), await patch.text()).toBe(200);
  expect((await api(page).post(`/api/v1/postmortems/${slug}/publish`)).status()).toBe(200);
  return slug;
}

test("the history of a published public postmortem is the team's: outsiders get 404 and no link", async ({ browser, world }) => {
  test.setTimeout(90_000);
  const { teamA, pages } = await setupRoles(browser, world);
  const secret = `SECRET-${unique()}`;
  const slug = await redactedAndPublished(pages.leadA, teamA.id, secret);

  for (const role of ["anonymous", "memberB"] as const) {
    const page = pages[role];
    expect((await page.goto(`/postmortems/${slug}`))?.status(), `${role} reads the story`).toBe(200);
    await expect(page.getByRole("link", { name: "History" })).toHaveCount(0);
    const history = await page.goto(`/postmortems/${slug}/history`);
    expect(history?.status(), `${role} reads the history`).toBe(404);
    await expect(page.getByText(secret)).toHaveCount(0);
    expect((await page.goto(`/postmortems/${slug}/history?rev=${revisionsOf(slug)[0]!.id}`))?.status()).toBe(404);
  }
  for (const role of ["memberA", "leadA", "admin"] as const) {
    const page = pages[role];
    await page.goto(`/postmortems/${slug}`);
    await page.getByRole("link", { name: "History" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "History" })).toBeVisible();
    await page.getByRole("navigation", { name: "Revisions" }).getByRole("link").last().click();
    await expect(page.getByRole("region", { name: "Changes in this revision" })).toContainText(secret);
  }
  // Members read the history but only leads and admins purge.
  await expect(pages.memberA.getByRole("button", { name: "Purge this revision" })).toHaveCount(0);
  await expect(pages.memberA.getByText("Purge this whole postmortem…")).toHaveCount(0);
});

test("a lead purges the revision holding redacted text, and the audit entry does not repeat it", async ({ page, world }) => {
  const lead = await world.user();
  const team = await world.team([{ user: lead, role: "lead" }]);
  await signIn(page, lead);
  const secret = `SECRET-${unique()}`;
  const slug = await redactedAndPublished(page, team.id, secret);

  await page.goto(`/postmortems/${slug}/history`);
  // The newest revision is the current text: it cannot be purged, and the page says why.
  await expect(page.getByText("This revision holds the current text")).toBeVisible();
  await expect(page.getByRole("button", { name: "Purge this revision" })).toHaveCount(0);

  await page
    .getByRole("navigation", { name: "Revisions" })
    .getByRole("link", { name: /Version 1/ })
    .click();
  await expect(page.getByRole("region", { name: "Changes in this revision" })).toContainText(secret);
  let question = "";
  page.once("dialog", (dialog) => {
    question = dialog.message();
    void dialog.accept();
  });
  await page.getByRole("button", { name: "Purge this revision" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Version 1 was purged." })).toBeVisible();
  expect(question).toContain(`Purge version 1 by ${lead.name}`);
  expect(question).toContain("cannot be restored");
  await expect(page.getByRole("navigation", { name: "Revisions" }).getByRole("link")).toHaveCount(1);
  await expect(page.getByText(secret)).toHaveCount(0);

  expect(revisionsOf(slug).some((r) => r.snapshot.includes(secret))).toBe(false);
  const entry = auditOf("revision.purge");
  expect(entry?.entityLabel).toBe(slug);
  expect(`${entry?.before}${entry?.after}`).not.toContain(secret);
  expect(JSON.parse(entry!.before)).toMatchObject({ revision: "version 1", author: lead.name });
});

test("purging a whole postmortem needs its slug typed, removes it everywhere and is audited without its text", async ({ page, world }) => {
  const lead = await world.user();
  const team = await world.team([{ user: lead, role: "lead" }]);
  await signIn(page, lead);
  const title = `Purge me ${unique()}`;
  const { slug } = await filePostmortem(page, team.id, { ...PUBLISHABLE, title, visibility: "public" });
  await page.goto(`/postmortems/${slug}/history`);
  await page.getByText("Purge this whole postmortem…").click();
  const form = page.getByRole("form", { name: "Purge postmortem" });
  await expect(page.getByText(`This deletes “${title}” with all 1 revision`)).toBeVisible();
  await form.getByLabel(`Type ${slug} to confirm`).fill("not-the-slug");
  await form.getByRole("button", { name: "Purge permanently" }).click();
  await expect(form.getByText(`Type “${slug}” to confirm.`)).toBeVisible();
  expect(sqlite.prepare(`SELECT 1 FROM "Postmortem" WHERE slug = ?`).get(slug)).toBeTruthy();

  await form.getByLabel(`Type ${slug} to confirm`).fill(slug);
  await form.getByRole("button", { name: "Purge permanently" }).click();
  await expect(page).toHaveURL(new RegExp(`/teams/${team.slug}\\?purged=1$`));
  await expect(page.getByRole("status").filter({ hasText: "The postmortem and its history were purged." })).toBeVisible();
  expect(sqlite.prepare(`SELECT 1 FROM "Postmortem" WHERE slug = ?`).get(slug)).toBeUndefined();
  expect((await page.goto(`/postmortems/${slug}`))?.status()).toBe(404);
  const entry = auditOf("postmortem.purge");
  expect(JSON.stringify(entry)).not.toContain(title.split(" ").at(-1));
  expect(JSON.stringify(entry)).not.toContain(slug);
});

test("the history pages 50 revisions at a time", async ({ page, world }) => {
  const member = await world.user();
  const team = await world.team([{ user: member }]);
  await signIn(page, member);
  const { slug } = await filePostmortem(page, team.id, { title: `Long history ${unique()}` });
  const [first] = revisionsOf(slug);
  const insert = sqlite.prepare(
    `INSERT INTO "Revision" (postmortemId, version, authorId, changedFields, snapshot, createdAt, updatedAt) SELECT postmortemId, ?, authorId, '["title"]', snapshot, ?, ? FROM "Revision" WHERE id = ?`,
  );
  for (let version = 2; version <= 55; version++) insert.run(version, Date.now(), Date.now(), first!.id);

  await page.goto(`/postmortems/${slug}/history`);
  await expect(page.getByText("55 revisions.")).toBeVisible();
  const revisions = page.getByRole("navigation", { name: "Revisions" }).getByRole("list").getByRole("link");
  await expect(revisions).toHaveCount(50);
  await expect(revisions.first()).toContainText("Version 55");
  const pager = page.getByRole("navigation", { name: "Revision pages" });
  await expect(pager).toContainText("Page 1 of 2");
  await pager.getByRole("link", { name: "Next →" }).click();
  await expect(revisions).toHaveCount(5);
  await expect(revisions.last()).toContainText("Version 1");
});
