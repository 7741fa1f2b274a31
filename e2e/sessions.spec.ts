import type { Browser, Page } from "@playwright/test";
import { expect, signIn, test, type TestUser } from "./support/fixtures";

/** A second browser holding a copy of `page`'s cookies — what someone who copied the session cookie would have. */
async function copySession(browser: Browser, page: Page) {
  const context = await browser.newContext();
  await context.addCookies(await page.context().cookies());
  const copy = await context.newPage();
  await expectSignedIn(copy);
  return copy;
}

async function expectSignedIn(page: Page) {
  await page.goto("/settings");
  await expect(page.getByRole("heading", { name: "Settings" })).toBeVisible();
}

async function expectSignedOut(page: Page) {
  await page.goto("/settings");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fsettings/);
  expect((await page.request.post("/api/v1/postmortems", { data: {} })).status()).toBe(401);
}

async function signedIn(page: Page, user: TestUser) {
  await signIn(page, user);
  await expectSignedIn(page);
}

test("signing out ends the session everywhere: a copied cookie stops working", async ({ page, browser, world }) => {
  const user = await world.user();
  await signedIn(page, user);
  const copy = await copySession(browser, page);
  await page.getByRole("button", { name: /^Account:/ }).click();
  await page.getByRole("group", { name: "Your account" }).getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  await expectSignedOut(copy);
  await copy.context().close();
});

test("a password change keeps this session and ends every other one", async ({ page, browser, world }) => {
  const user = await world.user();
  await signedIn(page, user);
  const copy = await copySession(browser, page);
  const form = page.getByRole("form", { name: "Change password" });
  await form.getByLabel("Current password").fill(user.password);
  await form.getByLabel("New password", { exact: true }).fill("a-brand-new-password");
  await form.getByLabel("Repeat the new password").fill("a-brand-new-password");
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(form.getByText("Your password was changed. Every other session was signed out.")).toBeVisible();
  await expectSignedOut(copy);
  await expectSignedIn(page);
  await copy.context().close();
});

test("“Sign out everywhere” in Settings ends this session and every copy of it", async ({ page, browser, world }) => {
  const user = await world.user();
  await signedIn(page, user);
  const copy = await copySession(browser, page);
  await page.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "You were signed out everywhere." })).toBeVisible();
  await expectSignedOut(page);
  await expectSignedOut(copy);
  // Signing in again works and is a new session.
  await signedIn(page, user);
  await copy.context().close();
});

test("a session from before the change is not resurrected by signing in again elsewhere", async ({ page, browser, world }) => {
  const user = await world.user();
  await signedIn(page, user);
  const copy = await copySession(browser, page);
  await page.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(page).toHaveURL(/\/signin/);
  await signedIn(page, user);
  await expectSignedOut(copy);
  await copy.context().close();
});
