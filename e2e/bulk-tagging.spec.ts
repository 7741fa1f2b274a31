import { api, expect, filePostmortem, signIn, sqlite, test, unique } from "./support/fixtures";
import { tagsOf } from "./support/queries";

const auditCount = (slug: string) =>
  (sqlite.prepare(`SELECT count(*) AS n FROM "AuditEntry" WHERE action = 'postmortem.retag' AND entityLabel = ?`).get(slug) as { n: number }).n;

test("bulk tagging uses the type-ahead, confirms what changed and undoes exactly that", async ({ page, world }) => {
  const lead = await world.user();
  const team = await world.team([{ user: lead, role: "lead" }]);
  await signIn(page, lead);
  const marker = `undo${unique()}`;
  const one = await filePostmortem(page, team.id, { title: `${marker} one` });
  const two = await filePostmortem(page, team.id, { title: `${marker} two` });
  const had = await filePostmortem(page, team.id, { title: `${marker} had`, tags: ["snat"] });

  await page.goto("/review/tagging");
  for (const pm of ["one", "two", "had"]) await page.getByRole("checkbox", { name: `${marker} ${pm}` }).check();
  // Keyboard only: type, move down, Enter picks.
  const combo = page.getByRole("combobox", { name: "Tag" });
  await combo.fill("masquerade");
  await expect(page.getByRole("option", { name: /SNAT/ })).toBeVisible();
  await combo.press("ArrowDown");
  await combo.press("Enter");
  await expect(page.getByRole("list", { name: "Chosen tag" })).toContainText("SNAT");
  await page.getByRole("button", { name: "Apply to selected" }).click();
  const done = page.getByRole("form", { name: "Undo bulk tagging" });
  await expect(done.getByRole("status")).toHaveText("Added tag SNAT to 2 postmortems.");
  expect([tagsOf(one.slug), tagsOf(two.slug), tagsOf(had.slug)]).toEqual([["snat"], ["snat"], ["snat"]]);
  // One audit entry per changed postmortem, none for the one that already had it.
  expect([auditCount(one.slug), auditCount(two.slug), auditCount(had.slug)]).toEqual([1, 1, 0]);

  await done.getByRole("button", { name: "Undo" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Undone. Removed tag SNAT from 2 postmortems." })).toBeVisible();
  // Exactly the change is reversed: the postmortem that already had the tag keeps it.
  expect([tagsOf(one.slug), tagsOf(two.slug), tagsOf(had.slug)]).toEqual([[], [], ["snat"]]);
});

test("tagging someone else's postmortem answers 404, exactly like an unknown slug, and never names it", async ({ page, browser, world }) => {
  const leadA = await world.user();
  const leadB = await world.user();
  const teamA = await world.team([{ user: leadA, role: "lead" }]);
  const teamB = await world.team([{ user: leadB, role: "lead" }]);
  const contextA = await browser.newContext();
  const pageA = await contextA.newPage();
  await signIn(pageA, leadA);
  const title = `Hidden ${unique()}`;
  const hidden = await filePostmortem(pageA, teamA.id, { title });

  await signIn(page, leadB);
  const put = await api(page).put(`/api/v1/postmortems/${hidden.slug}/tags`, { data: { tags: ["snat"] } });
  const unknown = await api(page).put(`/api/v1/postmortems/no-such-${unique()}/tags`, { data: { tags: ["snat"] } });
  expect(put.status()).toBe(404);
  expect(await put.text()).toBe(await unknown.text());
  expect(tagsOf(hidden.slug)).toEqual([]);

  // The bulk form, with another team's slug slipped into the selection.
  const own = await filePostmortem(page, teamB.id, { title: `Own ${unique()}` });
  await page.goto("/review/tagging");
  await page.getByRole("form", { name: "Bulk tagging" }).evaluate((form, slug) => {
    const box = document.createElement("input");
    box.type = "checkbox";
    box.name = "slugs";
    box.value = slug;
    box.checked = true;
    box.hidden = true;
    form.append(box);
  }, hidden.slug);
  await page.getByRole("combobox", { name: "Tag" }).fill("snat");
  await page.getByRole("option", { name: /SNAT/ }).click();
  await page.getByRole("button", { name: "Apply to selected" }).click();
  const alert = page.getByRole("form", { name: "Bulk tagging" }).getByRole("alert");
  await expect(alert).toHaveText("1 of the selected postmortems was not found. Reload the list and try again.");
  await expect(page.getByRole("main")).not.toContainText(hidden.slug);
  await expect(page.getByRole("main")).not.toContainText(title);
  expect(tagsOf(hidden.slug)).toEqual([]);
  expect(tagsOf(own.slug)).toEqual([]);
  await contextA.close();
});
