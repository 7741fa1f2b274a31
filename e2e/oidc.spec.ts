import type { Page } from "@playwright/test";
import { expect, sqlite, test, unique } from "./support/fixtures";

async function signInWithSso(page: Page, login: string) {
  await page.goto("/signin");
  await page.getByRole("button", { name: "Sign in with Test SSO" }).click();
  // The provider's own pages, served by the oidc-provider process.
  await page.locator("input[name=login]").fill(login);
  await page.locator("input[name=password]").fill("anything");
  await page.getByRole("button", { name: "Sign-in" }).click();
  await page.getByRole("button", { name: "Continue" }).click();
}

test("a new person signs in through a real OIDC provider and gets an account", async ({ page }) => {
  const login = `sso${unique()}`;
  await signInWithSso(page, login);
  await expect(page.getByRole("group", { name: "Your account" })).toContainText(`Signed in as SSO ${login}`);
  const user = sqlite
    .prepare(`SELECT u.email, u.passwordHash, a.provider FROM "User" u JOIN "Account" a ON a.userId = u.id WHERE a.providerAccountId = ?`)
    .get(login) as {
    email: string;
    passwordHash: string | null;
    provider: string;
  };
  expect(user).toEqual({ email: `${login}@sso.example.test`, passwordHash: null, provider: "oidc" });
  sqlite.prepare(`DELETE FROM "User" WHERE email = ?`).run(`${login}@sso.example.test`);
});

test("single sign-on with a verified email links to the existing account", async ({ page, world }) => {
  const login = `linked${unique()}`;
  const existing = await world.user({ name: "Local Lou" });
  sqlite.prepare(`UPDATE "User" SET email = ? WHERE id = ?`).run(`${login}@sso.example.test`, existing.id);
  await signInWithSso(page, login);
  await expect(page.getByRole("group", { name: "Your account" })).toContainText("Signed in as Local Lou");
  const linked = sqlite.prepare(`SELECT userId FROM "Account" WHERE providerAccountId = ?`).get(login) as { userId: number };
  expect(linked.userId).toBe(existing.id);
});

test("a deactivated user cannot sign in with single sign-on either", async ({ page, world }) => {
  const login = `gone${unique()}`;
  const user = await world.user();
  sqlite.prepare(`UPDATE "User" SET email = ?, deactivatedAt = ? WHERE id = ?`).run(`${login}@sso.example.test`, Date.now(), user.id);
  await signInWithSso(page, login);
  await expect(page.getByRole("alert").filter({ hasText: "This account has been deactivated." })).toBeVisible();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
});
