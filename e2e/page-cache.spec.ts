import type { Page } from "@playwright/test";
import { api, expect, filePublished, signIn, test, unique } from "./support/fixtures";

// Anonymous reading pages are served again from scripts/serve.mjs's page cache with a fresh nonce. These check
// that a cached page still runs its scripts under the CSP, that no two answers share a nonce, that a signed-in
// reader never gets a cached page, and that a write reaches the cached page on the next request.

const nonceOf = (policy: string | undefined) => policy?.match(/'nonce-([^']+)'/)?.[1];

/**
 * Visits `url` until the page cache answers, and returns that answer and the one before it. A public write by a
 * test running alongside empties the cache, so the second visit is not always the hit; a few tries always are.
 */
async function untilCached(page: Page, url: string) {
  let previous = await page.goto(url);
  for (let attempt = 0; attempt < 5; attempt++) {
    const next = await page.goto(url);
    if (next?.headers()["x-atlas-cache"] === "hit") return { previous, hit: next };
    previous = next;
  }
  throw new Error(`${url} was never answered from the page cache`);
}

test("a cached page gets a fresh nonce on every answer and its scripts still run", async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  const url = `/postmortems?sort=oldest&q=${unique()}`;
  const { previous: first, hit: second } = await untilCached(page, url);
  const nonces = [nonceOf(first?.headers()["content-security-policy"]), nonceOf(second?.headers()["content-security-policy"])];
  expect(nonces[0]).toBeTruthy();
  expect(nonces[1]).toBeTruthy();
  expect(nonces[1]).not.toBe(nonces[0]);
  const html = await second!.text();
  expect(html).toContain(`nonce="${nonces[1]}"`);
  expect(html).not.toContain(nonces[0]!);
  // The page's scripts ran under the replaced nonce: the theme button (client-side only) works.
  await page
    .getByRole("button", { name: /\(change theme\)/ })
    .first()
    .click();
  await expect(page.locator("html")).toHaveAttribute("data-theme", /light|dark/);
  expect(violations).toEqual([]);
  await context.close();
});

test("a signed-in reader is never served a cached page", async ({ page, browser, world }) => {
  const url = `/postmortems?sort=newest&q=${unique()}`;
  const anonymous = await browser.newContext();
  const reader = await anonymous.newPage();
  await untilCached(reader, url);
  await anonymous.close();

  const user = await world.user();
  await signIn(page, user);
  const response = await page.goto(url);
  expect(response?.headers()["x-atlas-cache"]).toBeUndefined();
  await expect(page.getByRole("button", { name: `Account: ${user.name}` })).toBeVisible();
});

test("a cached story page shows a lead's edit on the next anonymous request", async ({ page, browser, world }) => {
  const lead = await world.user();
  const team = await world.team([{ user: lead, role: "lead" }]);
  await signIn(page, lead);
  const title = `Cached page ${unique()}`;
  const { slug } = await filePublished(page, team.id, { title, visibility: "public" });

  const anonymous = await browser.newContext();
  const reader = await anonymous.newPage();
  await untilCached(reader, `/postmortems/${slug}`);
  await expect(reader.getByRole("heading", { level: 1, name: title })).toBeVisible();

  const current = (await (await page.request.get(`/api/v1/postmortems/${slug}`)).json()) as { version: number };
  const renamed = `${title} (renamed)`;
  expect((await api(page).patch(`/api/v1/postmortems/${slug}`, { data: { title: renamed, baseVersion: current.version } })).status()).toBe(200);
  const after = await reader.goto(`/postmortems/${slug}`);
  expect(after?.headers()["x-atlas-cache"]).toBeUndefined();
  await expect(reader.getByRole("heading", { level: 1, name: renamed })).toBeVisible();
  await anonymous.close();
});
