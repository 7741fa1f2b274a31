import type { Page } from "@playwright/test";
import { expect, test, unique } from "./support/fixtures";

// Each scenario uses its own client address (documentation range) so it cannot lock out other tests.
const hex = () => Math.floor(Math.random() * 0x10000).toString(16);
const address = () => `2001:db8::${hex()}:${hex()}:${hex()}`;

async function attempt(page: Page, email: string, password: string, ip: string) {
  const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  return page.request.post("/api/auth/callback/credentials", {
    headers: { "x-forwarded-for": ip },
    form: { csrfToken, email, password, json: "true" },
  });
}

test("after 10 failed attempts on an account, even the right password gets 429 with a clear message", async ({ page, world }) => {
  const user = await world.user();
  for (let i = 0; i < 10; i++) expect((await attempt(page, user.email, `wrong-${i}`, address())).status()).toBe(401);
  const blocked = await attempt(page, user.email, user.password, address());
  expect(blocked.status()).toBe(429);
  expect(Number(blocked.headers()["retry-after"])).toBeGreaterThan(0);
  expect((await blocked.json()).message).toContain("Too many failed sign-in attempts");

  await page.setExtraHTTPHeaders({ "x-forwarded-for": address() });
  await page.goto("/signin");
  await page.getByRole("textbox", { name: "Email" }).fill(user.email);
  await page.getByLabel("Password", { exact: true }).fill(user.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: /^Too many failed sign-in attempts\. Try again in 15 minutes\.$/ })).toBeVisible();
});

test("after 10 failed attempts from one address, that address is refused but others are not", async ({ page, world }) => {
  const user = await world.user();
  const ip = address();
  for (let i = 0; i < 10; i++) expect((await attempt(page, `nobody-${unique()}@example.test`, "whatever-password", ip)).status()).toBe(401);
  expect((await attempt(page, user.email, user.password, ip)).status()).toBe(429);
  expect((await attempt(page, user.email, user.password, address())).status()).toBe(200);
});
