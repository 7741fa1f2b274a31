import { expectNoAxeViolationsInBothSchemes } from "./support/axe";
import type { Page } from "@playwright/test";
import { expect, signIn, sqlite, test, unique } from "./support/fixtures";

async function createToken(page: Page, name: string) {
  await page.goto("/settings");
  await page.getByLabel("Token name").fill(name);
  await page.getByRole("button", { name: "Create token" }).click();
  return page.getByRole("textbox", { name: /Copy this now/ }).inputValue();
}

const callApi = (page: Page, token: string) =>
  page.request.post("/api/v1/postmortems", { headers: { authorization: `Bearer ${token}` }, data: {} }).then((r) => r.status());

/** The row of one user in the admin list, found through the search box so other tests' users never get in the way. */
async function userRow(admin: Page, name: string, email: string) {
  await admin.goto(`/admin/users?q=${encodeURIComponent(email)}`);
  return admin.getByRole("row", { name: new RegExp(name) });
}

test("an admin sees who exists, deactivates someone (sessions and tokens stop at once), reactivates them and revokes a token", async ({
  page: admin,
  browser,
  world,
}) => {
  // Two browsers and a dozen page loads: more than the default budget on a busy 2-core machine.
  test.setTimeout(60_000);
  const adminUser = await world.user({ admin: true, name: `Ada Admin ${unique()}` });
  const person = await world.user({ name: `Pat Person ${unique()}` });
  const team = await world.team([{ user: person, role: "lead" }]);
  await signIn(admin, adminUser);
  const context = await browser.newContext();
  const personPage = await context.newPage();
  await personPage.goto("/signin");
  await personPage.getByRole("textbox", { name: "Email" }).fill(person.email);
  await personPage.getByLabel("Password", { exact: true }).fill(person.password);
  await personPage.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(personPage.getByRole("group", { name: "Your account" })).toBeVisible();
  const token = await createToken(personPage, "Deploy bot");
  expect(await callApi(personPage, token)).toBe(400);

  // The list: role, teams, last sign-in and active tokens; linked from the header.
  await admin.goto("/");
  await admin.getByRole("button", { name: /^Account:/ }).click();
  await admin.getByRole("group", { name: "Your account" }).getByRole("link", { name: "Users" }).click();
  await expect(admin.getByRole("heading", { name: "Users" })).toBeVisible();
  let row = await userRow(admin, person.name, person.email);
  await expect(row).toContainText(person.email);
  await expect(row).toContainText(`${team.name} (lead)`);
  await expect(row).toContainText(new Date().toISOString().slice(0, 10));
  await expect(row).toContainText("Deploy bot");
  await expect(row.getByRole("cell").first()).toHaveText("user");

  // An admin cannot deactivate themselves: no button, and the list says it is you.
  const own = await userRow(admin, adminUser.name, adminUser.email);
  await expect(own).toContainText("you");
  await expect(own.getByRole("button", { name: /Deactivate/ })).toHaveCount(0);

  // Deactivate, after confirming.
  row = await userRow(admin, person.name, person.email);
  admin.once("dialog", (dialog) => {
    expect(dialog.message()).toContain(`Deactivate ${person.name}?`);
    void dialog.accept();
  });
  await row.getByRole("button", { name: `Deactivate ${person.name}` }).click();
  await expect(row.getByRole("button", { name: `Reactivate ${person.name}` })).toBeVisible();
  await expect(row).toContainText("deactivated");

  await personPage.goto("/settings");
  await expect(personPage).toHaveURL(/\/signin/);
  expect(await callApi(personPage, token)).toBe(401);
  await personPage.getByRole("textbox", { name: "Email" }).fill(person.email);
  await personPage.getByLabel("Password", { exact: true }).fill(person.password);
  await personPage.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(personPage.getByRole("alert").filter({ hasText: "This account has been deactivated." })).toBeVisible();

  // Reactivate: they may sign in again and their unrevoked token works again.
  await row.getByRole("button", { name: `Reactivate ${person.name}` }).click();
  await expect(row.getByRole("button", { name: `Deactivate ${person.name}` })).toBeVisible();
  await personPage.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(personPage.getByRole("group", { name: "Your account" })).toBeVisible();
  expect(await callApi(personPage, token)).toBe(400);

  // Revoke the token, after confirming.
  admin.once("dialog", (dialog) => void dialog.accept());
  await row.getByRole("button", { name: "Revoke Deploy bot" }).click();
  await expect(row.getByRole("button", { name: "Revoke Deploy bot" })).toHaveCount(0);
  expect(await callApi(personPage, token)).toBe(401);

  // Each step is in the audit log, with before and after.
  const actions = sqlite
    .prepare(`SELECT action FROM "AuditEntry" WHERE entityLabel IN (?, ?) ORDER BY id`)
    .all(person.email, `${person.email}: Deploy bot`)
    .map((r) => (r as { action: string }).action);
  expect(actions).toEqual(["token.create", "user.deactivate", "user.reactivate", "token.admin_revoke"]);
  await context.close();
});

test("the users page is for admins only and has no axe violations", async ({ page, world }) => {
  const member = await world.user();
  await signIn(page, member);
  await page.goto("/admin/users");
  await expect(page.getByText("Only admins see and manage the people who use this atlas.")).toBeVisible();

  const admin = await world.user({ admin: true });
  await signIn(page, admin);
  await page.goto(`/admin/users?q=${encodeURIComponent(member.email)}`);
  await expect(page.getByRole("row", { name: new RegExp(member.name) })).toBeVisible();
  await expectNoAxeViolationsInBothSchemes(page, "/admin/users");
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the admin tables scroll inside their box; the page does not scroll sideways", async ({ page, world }) => {
    const admin = await world.user({ admin: true });
    await world.team([{ user: admin, role: "lead" }]);
    await signIn(page, admin);
    for (const path of ["/admin/users", "/admin/audit"]) {
      await page.goto(path);
      await expect(page.getByRole("table").first()).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(390);
    }
  });
});
