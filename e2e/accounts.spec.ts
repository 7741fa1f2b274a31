import { expect, signIn, test, unique } from "./support/fixtures";

test("someone can register, is signed in, sees who they are, and signs out", async ({ page }) => {
  const email = `new-${unique()}@example.test`;
  await page.goto("/register");
  await page.getByLabel("Name").fill("Rita Register");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill("a-long-enough-password");
  await page.getByLabel("Repeat the password").fill("a-long-enough-password");
  await page.getByRole("button", { name: "Create account" }).click();
  const account = page.getByRole("group", { name: "Your account" });
  await expect(account).toContainText("Signed in as Rita Register");
  await expect(account).toContainText("No team yet");
  await account.getByRole("button", { name: /^Account: / }).click();
  await account.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
});

test("registration explains invalid fields next to each field", async ({ page }) => {
  await page.goto("/register");
  await page.getByLabel("Name").fill("Short Password");
  await page.getByLabel("Email").fill(`short-${unique()}@example.test`);
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
});

test("an existing email cannot register twice", async ({ page, world }) => {
  const user = await world.user();
  await page.goto("/register");
  await page.getByLabel("Name").fill("Dup");
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password", { exact: true }).fill("a-long-enough-password");
  await page.getByLabel("Repeat the password").fill("a-long-enough-password");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("An account with this email exists. Sign in instead.")).toBeVisible();
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

  // `request` carries no session cookie: only the token authenticates. An empty body then fails validation, not auth.
  const response = await request.post("/api/v1/postmortems", { headers: { authorization: `Bearer ${token}` }, data: {} });
  expect(response.status()).toBe(400);

  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "Revoke CI import" }).click();
  await expect(page.getByText("You have no active tokens.")).toBeVisible();
  const revoked = await request.post("/api/v1/postmortems", { headers: { authorization: `Bearer ${token}` }, data: {} });
  expect(revoked.status()).toBe(401);
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
  await expect(form.getByText("Your password was changed.")).toBeVisible();
});
