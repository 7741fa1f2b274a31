import type { BrowserContext } from "@playwright/test";
import { baseURL } from "../playwright.config";
import { expect, signIn, test } from "./support/fixtures";

// Each of these once sent a signed-in user (or one signing in) to evil.example: browsers drop tabs and newlines
// and read a backslash as a slash, so "/\t/evil.example/" is "//evil.example/", another host.
const BYPASSES = [
  "/\t/evil.example/",
  "/\t\\evil.example/",
  "/\n/evil.example/",
  "//evil.example/",
  "/\\evil.example/",
  "\\/evil.example/",
  "///evil.example/",
  " //evil.example/",
  "/.//evil.example/",
  "https:evil.example",
  "https://evil.example/",
  `${baseURL}@evil.example/`,
  "javascript:alert(document.domain)",
];

/** Refuses (and records) every request that leaves the app, so a redirect elsewhere is seen, not followed. */
async function recordEscapes(context: BrowserContext) {
  const escapes: string[] = [];
  await context.route(
    (url) => url.origin !== baseURL,
    async (route) => {
      escapes.push(route.request().url());
      await route.abort();
    },
  );
  return escapes;
}

test("a signed-in user opening /signin with a crafted callbackUrl stays on the atlas", async ({ page, world }) => {
  const escapes = await recordEscapes(page.context());
  await signIn(page, await world.user());
  for (const target of BYPASSES) {
    await page.goto(`/signin?callbackUrl=${encodeURIComponent(target)}`);
    await expect(page, JSON.stringify(target)).toHaveURL(`${baseURL}/`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  }
  expect(escapes).toEqual([]);
});

test("signing in through the form with a crafted callbackUrl lands on the atlas", async ({ browser, world }) => {
  const user = await world.user();
  for (const target of ["/\t/evil.example/", "/\t\\evil.example/", "//evil.example/"]) {
    const context = await browser.newContext();
    const escapes = await recordEscapes(context);
    const page = await context.newPage();
    await page.goto(`/signin?callbackUrl=${encodeURIComponent(target)}`);
    await page.getByRole("textbox", { name: "Email" }).fill(user.email);
    await page.getByLabel("Password", { exact: true }).fill(user.password);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page, JSON.stringify(target)).toHaveURL(`${baseURL}/`);
    await expect(page.getByRole("button", { name: /^Account:/ })).toBeVisible();
    expect(escapes).toEqual([]);
    await context.close();
  }
});

test("next-auth's own redirect keeps callbackUrl on the atlas", async ({ page, world }) => {
  const user = await world.user();
  for (const target of ["/\t/evil.example/", "https://evil.example/", "/review?x=1"]) {
    const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
    const response = await page.request.post("/api/auth/callback/credentials", {
      form: { csrfToken, email: user.email, password: user.password, callbackUrl: target, json: "true" },
    });
    const { url } = (await response.json()) as { url: string };
    expect(new URL(url).origin, JSON.stringify(target)).toBe(baseURL);
    expect(new URL(url.replace(/[\t\n\r]/g, "").replace(/\\/g, "/")).origin).toBe(baseURL);
  }
});
