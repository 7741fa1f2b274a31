import type { Page } from "@playwright/test";
import { expect, signIn, sqlite, test, unique } from "./support/fixtures";

const hex = () => Math.floor(Math.random() * 0x10000).toString(16);

/** Registers through the form from an address of its own (registration is limited per address, see rate-limits.spec). */
async function register(page: Page, name: string, email: string, password = "a-long-enough-password") {
  await page.setExtraHTTPHeaders({ "x-forwarded-for": `2001:db8::${hex()}:${hex()}` });
  await page.goto("/register");
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByLabel("Repeat the password").fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("status")).toHaveText("If this email can be registered, your account is ready. Sign in to continue.");
}

test("someone can register, signs in, sees who they are, and signs out", async ({ page }) => {
  const email = `new-${unique()}@example.test`;
  await register(page, "Rita Register", email);
  await page.getByRole("button", { name: `Sign in as ${email}` }).click();
  const account = page.getByRole("group", { name: "Your account" });
  await expect(account).toContainText("Signed in as Rita Register");
  await expect(account).toContainText("No team yet");
  await account.getByRole("button", { name: /^Account: / }).click();
  await account.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
});

test("registration explains invalid fields next to each field, and keeps the name and email", async ({ page }) => {
  const email = `short-${unique()}@example.test`;
  await page.goto("/register");
  await page.getByLabel("Name").fill("Short Password");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill("short");
  await page.getByLabel("Repeat the password").fill("different");
  // Bypass the browser's own minlength check so the server's validation is what we see.
  await page.locator("form[aria-label='Create an account']").evaluate((form: HTMLFormElement) => (form.noValidate = true));
  await page.getByRole("button", { name: "Create account" }).click();
  const password = page.getByLabel("Password", { exact: true });
  await expect(password).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator(`#${await password.getAttribute("aria-describedby").then((ids) => ids!.split(" ").pop())}`)).toHaveText(
    "Use at least 12 characters.",
  );
  await expect(page.getByText("The passwords do not match.")).toBeVisible();
  await expect(page.getByLabel("Name")).toHaveValue("Short Password");
  await expect(page.getByLabel("Email")).toHaveValue(email);
});

test("registration answers the same for an existing email and a new one, and changes nothing about the existing account", async ({
  page,
  browser,
  world,
}) => {
  const user = await world.user();
  const fresh = `fresh-${unique()}@example.test`;
  const visible = async (target: Page, email: string) => (await target.getByRole("main").innerText()).replaceAll(email, "EMAIL");

  await register(page, "Dup", user.email, "an-attackers-password");
  const other = await (await browser.newContext()).newPage();
  await register(other, "Dup", fresh, "an-attackers-password");
  expect(await visible(page, user.email)).toBe(await visible(other, fresh));
  expect(sqlite.prepare(`SELECT count(*) AS n FROM "User" WHERE email = ?`).get(fresh)).toEqual({ n: 1 });

  // The existing account keeps its password and name; signing in with the attacker's password fails like any wrong one.
  await page.getByRole("button", { name: `Sign in as ${user.email}` }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Email or password is wrong." })).toBeVisible();
  await signIn(page, user);
  await page.goto("/settings");
  await expect(page.getByRole("textbox", { name: "Name", exact: true })).toHaveValue(user.name);
  sqlite.prepare(`DELETE FROM "User" WHERE email = ?`).run(fresh);
  await other.context().close();
});

test("signing in with a wrong password says so; the right one works and returns you where you were", async ({ page, world }) => {
  const user = await world.user({ name: "Sam Signin" });
  await page.goto("/settings");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fsettings/);
  await page.getByRole("textbox", { name: "Email" }).fill(user.email);
  await page.getByLabel("Password", { exact: true }).fill("not-the-password");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Email or password is wrong." })).toBeVisible();
  await page.getByLabel("Password", { exact: true }).fill(user.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL(/\/settings$/);
  await expect(page.getByRole("heading", { name: "Settings" })).toBeVisible();
});

test("a user can create an API token, use it, and revoke it", async ({ page, request, world }) => {
  const user = await world.user();
  await signIn(page, user);
  await page.goto("/settings");
  await page.getByLabel("Token name").fill("CI import");
  await page.getByRole("button", { name: "Create token" }).click();
  const secret = page.getByRole("textbox", { name: /Copy this now/ });
  const token = await secret.inputValue();
  expect(token).toMatch(/^pma_/);
  // The default lifetime is 90 days.
  const expires = new Date(Date.now() + 90 * 86_400_000).toISOString().slice(0, 10);
  await expect(page.getByRole("row", { name: /CI import/ })).toContainText(expires);

  // `request` carries no session cookie: only the token authenticates. An empty body then fails validation, not auth.
  const response = await request.post("/api/v1/postmortems", { headers: { authorization: `Bearer ${token}` }, data: {} });
  expect(response.status()).toBe(400);

  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "Revoke CI import" }).click();
  await expect(page.getByText("You have no active tokens.")).toBeVisible();
  const revoked = await request.post("/api/v1/postmortems", { headers: { authorization: `Bearer ${token}` }, data: {} });
  expect(revoked.status()).toBe(401);
});

test("an expired token is refused like an invalid one and shown as expired", async ({ page, request, world }) => {
  const user = await world.user();
  await signIn(page, user);
  await page.goto("/settings");
  await page.getByLabel("Token name").fill("Short-lived");
  await page.getByLabel("Expires after").selectOption("7");
  await page.getByRole("button", { name: "Create token" }).click();
  const token = await page.getByRole("textbox", { name: /Copy this now/ }).inputValue();
  const call = () => request.post("/api/v1/postmortems", { headers: { authorization: `Bearer ${token}` }, data: {} }).then((r) => r.status());
  expect(await call()).toBe(400);
  sqlite.prepare(`UPDATE "ApiToken" SET expiresAt = ? WHERE userId = ? AND name = 'Short-lived'`).run(Date.now() - 1000, user.id);
  expect(await call()).toBe(401);
  await page.reload();
  await expect(page.getByRole("row", { name: /Short-lived/ })).toContainText("expired");
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "Remove Short-lived" }).click();
  await expect(page.getByText("You have no active tokens.")).toBeVisible();
});

test("changing the password requires the current one", async ({ page, world }) => {
  const user = await world.user();
  await signIn(page, user);
  await page.goto("/settings");
  const form = page.getByRole("form", { name: "Change password" });
  await form.getByLabel("Current password").fill("wrong-current-password");
  await form.getByLabel("New password", { exact: true }).fill("another-long-password");
  await form.getByLabel("Repeat the new password").fill("another-long-password");
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(form.getByText("This is not your current password.")).toBeVisible();
  await form.getByLabel("Current password").fill(user.password);
  await form.getByLabel("New password", { exact: true }).fill("another-long-password");
  await form.getByLabel("Repeat the new password").fill("another-long-password");
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(form.getByText("Your password was changed. Every other session was signed out.")).toBeVisible();
});
