import { expectNoAxeViolationsInBothSchemes } from "./support/axe";
import { api, expect, filePublished, signIn, test, unique } from "./support/fixtures";

test("an owner finds their items in /actions, filters them and closes one on a published postmortem", async ({ browser, page, world }) => {
  test.setTimeout(90_000);
  const lead = await world.user();
  const owner = await world.user({ name: `Owner ${unique()}` });
  const team = await world.team([{ user: lead, role: "lead" }, { user: owner }]);
  await signIn(page, lead);
  const id = unique();
  const { slug } = await filePublished(page, team.id, {
    actionItems: [
      { type: "prevent", description: `Scale CoreDNS ${id}`, ownerId: owner.id, dueDate: "2026-01-10" },
      { type: "detect", description: `Alert on SERVFAIL ${id}`, owner: "SRE guild", dueDate: "2030-01-01" },
      { type: "process", description: `Write the runbook ${id}`, ownerId: owner.id, dueDate: "2030-02-01" },
    ],
  });

  const ownerPage = await (await browser.newContext()).newPage();
  await signIn(ownerPage, owner);
  // The owner was told at once that two items are theirs; the worker's reminder sweep adds the overdue one.
  await ownerPage.goto("/inbox");
  const notes = ownerPage.getByRole("list", { name: "Notifications" });
  await expect(notes.getByRole("link", { name: /gave you an action item on/ })).toHaveCount(2);
  const reminder = notes.getByRole("link", { name: `Overdue, was due 2026-01-10: Scale CoreDNS ${id}` });
  await expect(async () => {
    await ownerPage.reload();
    await expect(reminder).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  await reminder.click();
  await expect(ownerPage).toHaveURL(new RegExp(`/actions\\?postmortem=${slug}`));
  await ownerPage.goto("/actions");
  const list = ownerPage.getByRole("list", { name: "Action items" });
  // Mine by default, soonest due first; the overdue one says so.
  await expect(list.getByRole("listitem")).toHaveCount(2);
  await expect(list.getByRole("listitem").first()).toContainText(`Scale CoreDNS ${id}`);
  await expect(list.getByRole("listitem").first()).toContainText("Overdue");
  await expect(list.getByRole("listitem").nth(1)).not.toContainText("Overdue");
  await expectNoAxeViolationsInBothSchemes(ownerPage, "/actions");

  const filters = ownerPage.getByRole("form", { name: "Filter action items" });
  await filters.getByLabel("Overdue only").check();
  await filters.getByRole("button", { name: "Filter" }).click();
  await expect(ownerPage).toHaveURL(/overdue=1/);
  await expect(list.getByRole("listitem")).toHaveCount(1);
  await expect(list.getByRole("listitem")).toContainText(`Scale CoreDNS ${id}`);

  await filters.getByLabel("Overdue only").uncheck();
  await filters.getByLabel("Owner").selectOption("anyone");
  await filters.getByLabel("Type").selectOption("detect");
  await filters.getByRole("button", { name: "Filter" }).click();
  await expect(list.getByRole("listitem")).toHaveCount(1);
  // Someone else's item on a published postmortem: the owner of another item reads it but cannot change it.
  await expect(list.getByRole("listitem")).toContainText(`Alert on SERVFAIL ${id}`);
  await expect(list.getByRole("button", { name: "Save" })).toHaveCount(0);

  // The API: the same filters, a clear 400 for a bad one, 409 for a stale version.
  const bad = await ownerPage.request.get("/api/v1/action-items?status=closed&page=0");
  expect(bad.status()).toBe(400);
  expect(Object.keys(((await bad.json()) as { fields: object }).fields).sort()).toEqual(["page", "status"]);
  const mine = (await (await ownerPage.request.get(`/api/v1/action-items?postmortem=${slug}`)).json()) as {
    items: { id: number; version: number }[];
    total: number;
  };
  expect(mine.total).toBe(2);

  // On the published postmortem itself, the owner closes the overdue item.
  await ownerPage.goto(`/postmortems/${slug}`);
  const form = ownerPage.getByRole("form", { name: `Update: Scale CoreDNS ${id}` });
  await form.getByLabel("Status").selectOption("done");
  await form.getByRole("button", { name: "Save" }).click();
  await expect(form.getByRole("status")).toHaveText("Saved.");
  await ownerPage.reload();
  await expect(ownerPage.getByRole("row", { name: new RegExp(`Scale CoreDNS ${id}`) })).toContainText("Done");
  await expect(ownerPage.getByText("Published", { exact: false }).first()).toBeVisible();
  const stale = await api(ownerPage).patch(`/api/v1/action-items/${mine.items[0]!.id}`, {
    data: { status: "open", baseVersion: mine.items[0]!.version },
  });
  expect(stale.status()).toBe(409);

  // The lead sees the change in the postmortem's history and the audit log.
  await page.goto(`/postmortems/${slug}/history`);
  await expect(page.getByText(owner.name).first()).toBeVisible();
  await page.goto(`/admin/audit?action=action-item.update`);
  await expect(page.getByRole("row", { name: /action-item\.update/ })).toContainText(`Scale CoreDNS ${id}`);

  // On a phone the backlog still reads as a list.
  await ownerPage.setViewportSize({ width: 390, height: 844 });
  await ownerPage.goto("/actions?status=done");
  await expect(list.getByRole("listitem")).toHaveCount(1);
  const overflow = await ownerPage.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
