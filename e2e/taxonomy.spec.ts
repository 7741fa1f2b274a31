import type { Browser, Page } from "@playwright/test";
import { expect, filePublished, signIn, sqlite, test, unique, type World } from "./support/fixtures";

/** Creates a tag through the admin page; its slug is unique to the test. */
async function createTag(admin: Page, name: string, slug: string) {
  await admin.goto("/admin/taxonomy");
  const form = admin.getByRole("form", { name: "Create a tag" });
  await form.getByLabel("Category").selectOption("networking");
  await form.getByLabel("Name").fill(name);
  await form.getByLabel("Slug").fill(slug);
  await form.getByLabel("Description").fill(`A test tag called ${name}.`);
  await form.getByLabel("Synonyms").fill("e2e-synonym");
  await form.getByRole("button", { name: "Create tag" }).click();
  await expect(form.getByRole("status")).toHaveText(`Created tag “${slug}”.`);
}

const cleanupTags = (...slugs: string[]) => {
  for (const slug of slugs) {
    sqlite.prepare(`DELETE FROM "TagRedirect" WHERE fromSlug = ?`).run(slug);
    sqlite.prepare(`DELETE FROM "Tag" WHERE slug = ?`).run(slug);
  }
};

/** An admin signed in on `page`, and a team whose lead is signed in on a second browser. */
async function adminAndLead(page: Page, browser: Browser, world: World) {
  const admin = await world.user({ admin: true });
  const lead = await world.user();
  const team = await world.team([{ user: lead, role: "lead" }]);
  await signIn(page, admin);
  const leadContext = await browser.newContext();
  const leadPage = await leadContext.newPage();
  await signIn(leadPage, lead);
  return { admin, team, leadContext, leadPage };
}

test("a renamed tag keeps its old links working", async ({ page, browser, world }) => {
  const { admin, team, leadContext, leadPage } = await adminAndLead(page, browser, world);
  const id = unique();
  const [oldSlug, newSlug] = [`e2e-old-${id}`, `e2e-new-${id}`];
  await createTag(page, `Old name ${id}`, oldSlug);
  const { slug } = await filePublished(leadPage, team.id, { title: `Renamed tag story ${id}`, visibility: "public", tags: [oldSlug] });

  await page.goto(`/admin/taxonomy/tags/${oldSlug}`);
  await page.getByLabel("Name").fill(`New name ${id}`);
  await page.getByLabel("Slug").fill(newSlug);
  await page.getByRole("button", { name: "Save tag" }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/taxonomy/tags/${newSlug}\\?saved=1$`));
  await expect(page.getByRole("status")).toContainText("Saved.");

  const anonymous = await browser.newContext();
  const anon = await anonymous.newPage();
  await anon.goto(`/tags/${oldSlug}`);
  await expect(anon).toHaveURL(new RegExp(`/tags/${newSlug}$`));
  await expect(anon.getByRole("heading", { level: 1 })).toHaveText(`New name ${id}`);
  await anon.goto(`/postmortems?tag=${oldSlug}`);
  await expect(anon).toHaveURL(new RegExp(`/postmortems\\?tag=${newSlug}$`));
  await expect(anon.getByRole("status")).toHaveText("Showing 1–1 of 1 postmortem");
  const api = await (await anon.request.get(`/api/v1/postmortems?tag=${oldSlug}`)).json();
  expect(api.items.map((i: { slug: string }) => i.slug)).toEqual([slug]);
  expect(api.items[0].tags).toEqual([newSlug]);

  await page.goto(`/admin/audit?entity=tag&subject=${newSlug}`);
  const row = page.getByRole("table", { name: "Audit entries" }).getByRole("row").filter({ hasText: "tag.rename" });
  await expect(row).toContainText(admin.name);
  await expect(row.getByRole("deletion").filter({ hasText: oldSlug })).toBeVisible();
  await expect(row.getByRole("insertion").filter({ hasText: newSlug })).toBeVisible();
  await Promise.all([leadContext.close(), anonymous.close()]);
  cleanupTags(oldSlug, newSlug);
});

test("merging a tag moves every postmortem and link to the other tag", async ({ page, browser, world }) => {
  const { team, leadContext, leadPage } = await adminAndLead(page, browser, world);
  const id = unique();
  const [from, into] = [`e2e-from-${id}`, `e2e-into-${id}`];
  await createTag(page, `From ${id}`, from);
  await createTag(page, `Into ${id}`, into);
  const onlyFrom = await filePublished(leadPage, team.id, { title: `Only from ${id}`, visibility: "public", tags: [from] });
  const both = await filePublished(leadPage, team.id, { title: `Both ${id}`, visibility: "public", tags: [from, into] });

  await page.goto("/admin/taxonomy");
  const form = page.getByRole("form", { name: "Merge tags" });
  await form.getByLabel("Merge this tag").selectOption(from);
  await form.getByLabel("Into this tag").selectOption(into);
  await form.getByRole("button", { name: "Merge…" }).click();
  // Merging cannot be undone: the confirmation says what moves before anything is sent.
  await expect(form.getByRole("group", { name: "Confirm the merge" })).toContainText(
    `Merge “From ${id}” into “Into ${id}”? 2 postmortems and 0 checklist items move to “Into ${id}”`,
  );
  await form.getByRole("button", { name: "Confirm merge" }).click();
  await expect(form.getByRole("status")).toHaveText(`Merged into “${into}”: 2 postmortems and 0 checklist items moved. The old slug redirects.`);

  const tagsOf = (slug: string) =>
    (
      sqlite
        .prepare(
          `SELECT t.slug FROM "PostmortemTag" pt JOIN "Tag" t ON t.id = pt.tagId JOIN "Postmortem" p ON p.id = pt.postmortemId WHERE p.slug = ?`,
        )
        .all(slug) as { slug: string }[]
    ).map((r) => r.slug);
  expect(tagsOf(onlyFrom.slug)).toEqual([into]);
  expect(tagsOf(both.slug)).toEqual([into]);

  const anonymous = await browser.newContext();
  const anon = await anonymous.newPage();
  await anon.goto(`/postmortems?tag=${from}`);
  await expect(anon).toHaveURL(new RegExp(`tag=${into}$`));
  await expect(anon.getByRole("status")).toHaveText("Showing 1–2 of 2 postmortems");
  await anon.goto(`/tags/${from}`);
  await expect(anon.getByRole("heading", { level: 1 })).toHaveText(`Into ${id}`);
  const tags = await (await anon.request.get("/api/v1/tags")).json();
  expect(tags.items.find((t: { slug: string }) => t.slug === from)).toBeUndefined();
  expect(tags.items.find((t: { slug: string }) => t.slug === into).count).toBe(2);

  await page.goto("/admin/taxonomy");
  await expect(page.getByRole("region", { name: "Old tag slugs" })).toContainText(from);
  await page.goto(`/admin/audit?action=tag.merge&subject=${from}`);
  await expect(page.getByRole("table", { name: "Audit entries" })).toContainText(onlyFrom.slug);
  await Promise.all([leadContext.close(), anonymous.close()]);
  cleanupTags(from, into);
});

test("admins create and retire categories; retired ones leave the pickers", async ({ page, world }) => {
  const admin = await world.user({ admin: true });
  await signIn(page, admin);
  const id = unique();
  const slug = `e2e-category-${id}`;
  await page.goto("/admin/taxonomy");
  const form = page.getByRole("form", { name: "Create a category" });
  await form.getByLabel("Name").fill(`Category ${id}`);
  await form.getByLabel("Slug").fill(slug);
  await form.getByLabel("Description").fill("A category made by a test.");
  await form.getByRole("button", { name: "Create category" }).click();
  await expect(form.getByRole("status")).toHaveText(`Created category “${slug}”.`);
  await expect(page.getByRole("form", { name: "Create a tag" }).getByLabel("Category").locator(`option[value="${slug}"]`)).toHaveCount(1);

  // The same slug again is refused beside the field.
  await form.getByLabel("Name").fill(`Category ${id}`);
  await form.getByLabel("Slug").fill(slug);
  await form.getByLabel("Description").fill("A category made by a test.");
  await form.getByRole("button", { name: "Create category" }).click();
  await expect(form.getByText(`The slug “${slug}” is taken.`)).toBeVisible();

  await page
    .locator("summary")
    .filter({ hasText: `Category ${id}` })
    .click();
  page.once("dialog", (d) => d.accept());
  await page.getByRole("button", { name: `Retire Category ${id}` }).click();
  await expect(page.getByRole("button", { name: `Restore Category ${id}` })).toBeVisible();
  await expect(page.getByRole("form", { name: "Create a tag" }).getByLabel("Category").locator(`option[value="${slug}"]`)).toHaveCount(0);
  sqlite.prepare(`DELETE FROM "Category" WHERE slug = ?`).run(slug);
});

test("multi-word synonyms survive editing and are searchable", async ({ page, browser, world }) => {
  const { team, leadContext, leadPage } = await adminAndLead(page, browser, world);
  const id = unique();
  const slug = `e2e-ndots-${id}`;
  await createTag(page, `Ndots ${id}`, slug);
  await page.goto(`/admin/taxonomy/tags/${slug}`);
  await page.getByLabel("Synonyms").fill(`ndots, search domain${id}, resolv conf`);
  await page.getByRole("button", { name: "Save tag" }).click();
  await expect(page.getByRole("status")).toContainText("Saved.");
  await page.reload();
  await expect(page.getByLabel("Synonyms")).toHaveValue(`ndots, search domain${id}, resolv conf`);

  // The search index still sees every word of a multi-word synonym.
  const { slug: story } = await filePublished(leadPage, team.id, { title: `Synonym story ${id}`, visibility: "public", tags: [slug] });
  const found = await (await page.request.get(`/api/v1/postmortems?q=${encodeURIComponent(`"search domain${id}"`)}`)).json();
  expect(found.items.map((i: { slug: string }) => i.slug)).toEqual([story]);
  await leadContext.close();
  cleanupTags(slug);
});
