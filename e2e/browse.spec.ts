import { expect, test, type Page } from "@playwright/test";

const status = (page: Page) => page.getByRole("status");
const filters = (page: Page) => page.getByRole("form", { name: "Filter postmortems" });
const resultTitles = (page: Page) => page.getByRole("region", { name: "Postmortems" }).getByRole("heading", { level: 2 });
const PAGE_SIZE = 20;

// What the API says a query matches: the page must agree with it, however many stories ship.
async function catalogue(page: Page, query = "") {
  const body = (await (await page.request.get(`/api/v1/postmortems?pageSize=100&${query}`)).json()) as { total: number; items: { title: string }[] };
  return { total: body.total, titles: body.items.map((item) => item.title) };
}
const showing = (from: number, to: number, total: number) => `Showing ${from}–${to} of ${total} postmortem${total === 1 ? "" : "s"}`;
const firstPage = (total: number) => showing(1, Math.min(total, PAGE_SIZE), total);

test("browse lists every story, newest first", async ({ page }) => {
  const all = await catalogue(page);
  await page.goto("/postmortems");
  await expect(status(page)).toHaveText(firstPage(all.total));
  await expect(resultTitles(page).first()).toHaveText(all.titles[0]!);
  await expect(resultTitles(page).last()).toHaveText(all.titles[Math.min(all.total, PAGE_SIZE) - 1]!);
});

const facetCases = [
  { facet: "Coverage", option: /^Retold/, param: "coverage=retold" },
  { facet: "Severity tier", option: /^Production/, param: "severity=production" },
  { facet: "Category", option: /^Networking/, param: "category=networking" },
  { facet: "Tag", option: /^SNAT/, param: "tag=snat" },
  { facet: "Component", option: /^Calico/, param: "component=calico" },
  { facet: "Platform", option: /^GKE/, param: "platform=gke" },
  { facet: "Year", option: /^2023/, param: "year=2023" },
];

for (const { facet, option, param } of facetCases) {
  test(`the ${facet} facet filters and keeps the state in the URL`, async ({ page }) => {
    const { total } = await catalogue(page, param);
    expect(total).toBeGreaterThan(0);
    await page.goto("/postmortems");
    const group = filters(page).getByRole("group", { name: facet });
    // Long facets show their most frequent values and fold the rest behind "N more"; which ones fold grows with the catalogue.
    const more = group.getByText(/^\d+ more$/);
    if (await more.count()) await more.click();
    await group.getByRole("checkbox", { name: option }).check();
    await expect(page).toHaveURL(new RegExp(param));
    await expect(status(page)).toHaveText(firstPage(total));
    // A shared link reproduces the same view.
    await page.goto(page.url());
    await expect(filters(page).getByRole("group", { name: facet }).getByRole("checkbox", { name: option })).toBeChecked();
    await expect(resultTitles(page)).toHaveCount(Math.min(total, PAGE_SIZE));
  });
}

test("facet counts reflect the other active filters", async ({ page }) => {
  const production = (await catalogue(page, "platform=eks&severity=production")).total;
  const trivial = (await catalogue(page, "platform=eks&severity=trivial")).total;
  const nonProduction = (await catalogue(page, "platform=eks&severity=non-production")).total;
  const gke = (await catalogue(page, "platform=gke")).total;
  expect(production * trivial * gke).toBeGreaterThan(0);
  await page.goto("/postmortems?platform=eks");
  const severity = filters(page).getByRole("group", { name: "Severity tier" });
  await expect(severity.getByRole("checkbox", { name: new RegExp(`^Production ${production}$`) })).toBeVisible();
  await expect(severity.getByRole("checkbox", { name: new RegExp(`^Trivial ${trivial}$`) })).toBeVisible();
  const nonProductionBox = severity.getByRole("checkbox", { name: /Non-production/ });
  if (nonProduction === 0) await expect(nonProductionBox).toHaveCount(0);
  else await expect(nonProductionBox).toHaveAccessibleName(new RegExp(` ${nonProduction}$`));
  // The platform facet ignores its own selection, so other platforms stay available.
  await expect(
    filters(page)
      .getByRole("group", { name: "Platform" })
      .getByRole("checkbox", { name: new RegExp(`^GKE ${gke}$`) }),
  ).toBeVisible();
});

test("filters combine, and a chip removes one of them", async ({ page }) => {
  const both = (await catalogue(page, "severity=production&platform=self-managed")).total;
  const production = (await catalogue(page, "severity=production")).total;
  const all = (await catalogue(page)).total;
  expect(both).toBeLessThan(production);
  await page.goto("/postmortems?severity=production&platform=self-managed");
  await expect(status(page)).toHaveText(firstPage(both));
  await page.getByRole("link", { name: "Remove platform filter Self-managed" }).click();
  await expect(page).toHaveURL(/\/postmortems\?severity=production$/);
  await expect(status(page)).toHaveText(firstPage(production));
  // A tier's chip names it in words with its icon, never its emoji (which needs an emoji font, and is read aloud).
  const tier = page.getByRole("link", { name: "Remove severity filter Production" });
  await expect(tier).toHaveText("Production×");
  await expect(tier.locator("svg")).toHaveCount(1);
  await page.getByRole("link", { name: "Clear all" }).click();
  await expect(status(page)).toHaveText(firstPage(all));
});

test("pagination keeps filters and moves through pages", async ({ page }) => {
  const { total } = await catalogue(page);
  const pages = Math.ceil(total / 5);
  expect(pages).toBeGreaterThanOrEqual(3);
  await page.goto("/postmortems?pageSize=5");
  await expect(page.getByText(`Page 1 of ${pages}`)).toBeVisible();
  await page.getByRole("link", { name: "Next →" }).click();
  await expect(page).toHaveURL(/pageSize=5&page=2/);
  await expect(status(page)).toHaveText(showing(6, 10, total));
  await page.getByRole("link", { name: "Next →" }).click();
  await expect(status(page)).toHaveText(showing(11, Math.min(15, total), total));
  await expect(page.getByRole("link", { name: "Next →" })).toHaveCount(pages > 3 ? 1 : 0);
  await page.getByRole("link", { name: "← Previous" }).click();
  await expect(page).toHaveURL(/page=2/);
});

test("a filter ticked before the page's scripts have loaded still applies once they do", async ({ page }) => {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  // The page's JavaScript is held back (its styles are not: they block parsing).
  await page.route(/\/_next\/static\/chunks\/.*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto("/postmortems", { waitUntil: "domcontentloaded" });
  await filters(page)
    .getByRole("group", { name: "Severity tier" })
    .getByRole("checkbox", { name: /^Production/ })
    .check();
  release();
  await expect(page).toHaveURL(/severity=production/);
  await expect(
    filters(page)
      .getByRole("group", { name: "Severity tier" })
      .getByRole("checkbox", { name: /^Production/ }),
  ).toBeChecked();
});

test("sorting oldest first puts the oldest incident on top", async ({ page }) => {
  const oldest = (await catalogue(page, "sort=oldest")).titles[0]!;
  await page.goto("/postmortems");
  await filters(page).getByRole("combobox", { name: "Sort" }).selectOption("oldest");
  await expect(page).toHaveURL(/sort=oldest/);
  await expect(resultTitles(page).first()).toHaveText(oldest);
});

test("a filter combination with no match shows a helpful empty state", async ({ page }) => {
  await page.goto("/postmortems?severity=trivial&platform=gke");
  await expect(status(page)).toHaveText("No postmortems match.");
  await expect(page.getByRole("heading", { name: "Nothing to show here" })).toBeVisible();
  await expect(page.getByText("Remove a filter above")).toBeVisible();
  await page.getByRole("link", { name: "Browse all postmortems" }).click();
  await expect(status(page)).toHaveText(firstPage((await catalogue(page)).total));
});

test("invalid parameters are explained and ignored, never an error page", async ({ page }) => {
  const response = await page.goto("/postmortems?severity=catastrophic&tag=no-such-tag&page=abc&year=3000x");
  expect(response?.status()).toBe(200);
  const alert = page.getByRole("alert").filter({ hasText: "Some filters in this link were ignored" });
  await expect(alert).toBeVisible();
  for (const param of ["severity", "tag", "page", "year"]) await expect(alert.getByText(param, { exact: true })).toBeVisible();
  await expect(status(page)).toHaveText(firstPage((await catalogue(page)).total));
});

test("a page past the end goes to the last page", async ({ page }) => {
  const { total } = await catalogue(page);
  // Past the end with the default page size, whatever the catalogue holds.
  await page.goto(`/postmortems?page=${Math.ceil(total / PAGE_SIZE) + 1}`);
  await expect(page).toHaveURL(/\/postmortems(\?page=\d+)?$/);
  await expect(status(page)).toContainText(`of ${total} postmortem`);
});

test("Istio is a component: browse finds the k8s.af entry that names it", async ({ page }) => {
  await page.goto("/postmortems?component=istio");
  await expect(page.getByRole("main").getByRole("link", { name: "How we failed to integrate Istio into our platform" })).toBeVisible();
});
