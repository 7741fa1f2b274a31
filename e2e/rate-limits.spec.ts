import type { Page } from "@playwright/test";
import { api, expect, signIn, test, unique } from "./support/fixtures";

// The test server trusts one proxy hop (TRUST_PROXY=1 in playwright.config.ts), so each scenario can claim its own
// client address (documentation range) through X-Forwarded-For and cannot lock out other tests.
const hex = () => Math.floor(Math.random() * 0x10000).toString(16);
const address = () => `2001:db8::${hex()}:${hex()}:${hex()}`;

const csrf = async (page: Page) => ((await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string }).csrfToken;

/** A password sign-in; parallel callers share one CSRF token (fetching one each would race on the cookie). */
async function attempt(page: Page, email: string, password: string, ip: string, csrfToken?: string) {
  csrfToken ??= await csrf(page);
  return page.request.post("/api/auth/callback/credentials", {
    headers: { "x-forwarded-for": ip },
    form: { csrfToken, email, password, json: "true" },
  });
}

test("a burst of parallel sign-in attempts is limited atomically, and the refusal carries Retry-After", async ({ page, world }) => {
  const user = await world.user();
  const token = await csrf(page);
  const responses = await Promise.all(Array.from({ length: 25 }, (_, i) => attempt(page, user.email, `wrong-${i}`, address(), token)));
  const statuses = responses.map((r) => r.status());
  expect(statuses.filter((s) => s === 401)).toHaveLength(10);
  expect(statuses.filter((s) => s === 429)).toHaveLength(15);
  const refused = responses.find((r) => r.status() === 429)!;
  const retryAfter = Number(refused.headers()["retry-after"]);
  expect(retryAfter).toBeGreaterThan(14 * 60);
  expect(retryAfter).toBeLessThanOrEqual(15 * 60);
  expect((await refused.json()).message).toBe("Too many failed sign-in attempts. Try again in 15 minutes.");
});

test("successful sign-ins do not use up an account's budget", async ({ page, world }) => {
  const user = await world.user();
  const ip = address();
  for (let i = 0; i < 12; i++) expect((await attempt(page, user.email, user.password, ip)).status()).toBe(200);
});

test("registration is limited per address, with the wait in the form's message", async ({ page, world }) => {
  // An existing email costs the same as a new one (and creates nothing), so the budget is spent without new accounts.
  const existing = await world.user();
  await page.setExtraHTTPHeaders({ "x-forwarded-for": address() });
  for (let i = 0; i <= 10; i++) {
    await page.goto("/register");
    await page.getByLabel("Name").fill("Rate Limited");
    await page.getByLabel("Email").fill(existing.email);
    await page.getByLabel("Password", { exact: true }).fill("a-long-enough-password");
    await page.getByLabel("Repeat the password").fill("a-long-enough-password");
    await page.getByRole("button", { name: "Create account" }).click();
    if (i < 10) await expect(page.getByRole("status")).toContainText("If this email can be registered, your account is ready.");
  }
  await expect(
    page.getByRole("alert").filter({ hasText: /^Too many registrations from your address\. Try again in (59|60) minutes\.$/ }),
  ).toBeVisible();
});

test("API writes are limited per token with 429 and Retry-After", async ({ page, request, world }) => {
  test.setTimeout(120_000);
  const user = await world.user();
  await signIn(page, user);
  await page.goto("/settings");
  await page.getByLabel("Token name").fill(`Busy ${unique()}`);
  await page.getByRole("button", { name: "Create token" }).click();
  const token = await page.getByRole("textbox", { name: /Copy this now/ }).inputValue();
  const write = () => request.post("/api/v1/postmortems", { headers: { authorization: `Bearer ${token}` }, data: {} });
  // 300 writes a minute are allowed (each fails validation here, which still counts as a write).
  for (let batch = 0; batch < 10; batch++) {
    const statuses = await Promise.all(Array.from({ length: 30 }, () => write().then((r) => r.status())));
    expect(statuses.every((s) => s === 400)).toBe(true);
  }
  const limited = await write();
  expect(limited.status()).toBe(429);
  expect(Number(limited.headers()["retry-after"])).toBeGreaterThan(0);
  expect(await limited.json()).toMatchObject({
    error: "rate_limited",
    message: expect.stringMatching(/^Too many API writes\. Try again in \d+ seconds?\.$/),
  });
  // Reads are not limited, and another caller's budget is untouched.
  expect((await request.get("/api/v1/postmortems", { headers: { authorization: `Bearer ${token}` } })).status()).toBe(200);
  expect((await api(page).post("/api/v1/postmortems", { data: {} })).status()).toBe(400);
});
