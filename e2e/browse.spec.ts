import { expect, test, type Page } from "@playwright/test";

const status = (page: Page) => page.getByRole("status");
const filters = (page: Page) => page.getByRole("form", { name: "Filter postmortems" });
const resultTitles = (page: Page) => page.getByRole("region", { name: "Postmortems" }).getByRole("heading", { level: 2 });

// Expected numbers come from the JSON API (same filters, same index), so these specs hold however many stories ship.
type ListBody = { total: number; items: { title: string }[] };
const list = async (page: Page, query: string) => (await (await page.request.get(`/api/v1/postmortems?${query}`)).json()) as ListBody;
const totalFor = async (page: Page, query: string) => (await list(page, query)).total;
const showing = (total: number, from = 1, pageSize = 20) =>
  `Showing ${from}–${Math.min(total, from + pageSize - 1)} of ${total} postmortem${total === 1 ? "" : "s"}`;

test("browse lists every story, newest first", async ({ page }) => {
  const newest = await list(page, "sort=newest");
  await page.goto("/postmortems");
  await expect(status(page)).toHaveText(showing(newest.total));
  await expect(resultTitles(page).first()).toHaveText(newest.items[0]!.title);
  await expect(resultTitles(page).last()).toHaveText(newest.items.at(-1)!.title);
});

const facetCases = [
  { facet: "Severity tier", option: /^Production/, param: "severity=production" },
  { facet: "Category", option: /^Networking/, param: "category=networking" },
  { facet: "Tag", option: /^SNAT/, param: "tag=snat" },
  { facet: "Component", option: /^Calico/, param: "component=calico" },
  { facet: "Platform", option: /^GKE/, param: "platform=gke" },
  { facet: "Year", option: /^2023/, param: "year=2023" },
];

for (const { facet, option, param } of facetCases) {
  test(`the ${facet} facet filters and keeps the state in the URL`, async ({ page }) => {
    const total = await totalFor(page, param);
    expect(total).toBeGreaterThan(0);
    await page.goto("/postmortems");
    const group = filters(page).getByRole("group", { name: facet });
    // Long facets show their most frequent values and fold the rest behind "N more"; which values fold depends on the counts.
    const checkbox = group.getByRole("checkbox", { name: option });
    if (!(await checkbox.isVisible())) await group.getByText(/^\d+ more$/).click();
    await checkbox.check();
    await expect(page).toHaveURL(new RegExp(param));
    await expect(status(page)).toHaveText(showing(total));
    // A shared link reproduces the same view.
    await page.goto(page.url());
    await expect(filters(page).getByRole("group", { name: facet }).getByRole("checkbox", { name: option })).toBeChecked();
    await expect(resultTitles(page)).toHaveCount(Math.min(total, 20));
  });
}

test("facet counts reflect the other active filters", async ({ page }) => {
  const production = await totalFor(page, "platform=eks&severity=production");
  const trivial = await totalFor(page, "platform=eks&severity=trivial");
  const nonProduction = await totalFor(page, "platform=eks&severity=non-production");
  const gke = await totalFor(page, "platform=gke");
  expect(production * trivial * gke).toBeGreaterThan(0);
  await page.goto("/postmortems?platform=eks");
  const severity = filters(page).getByRole("group", { name: "Severity tier" });
  await expect(severity.getByRole("checkbox", { name: new RegExp(`^Production ${production}$`) })).toBeVisible();
  await expect(severity.getByRole("checkbox", { name: new RegExp(`^Trivial ${trivial}$`) })).toBeVisible();
  // Empty facet values are hidden.
  if (nonProduction === 0) await expect(severity.getByRole("checkbox", { name: /Non-production/ })).toHaveCount(0);
  else await expect(severity.getByRole("checkbox", { name: new RegExp(`^Non-production ${nonProduction}$`) })).toBeVisible();
  // The platform facet ignores its own selection, so other platforms stay available.
  await expect(
    filters(page)
      .getByRole("group", { name: "Platform" })
      .getByRole("checkbox", { name: new RegExp(`^GKE ${gke}$`) }),
  ).toBeVisible();
});

test("filters combine, and a chip removes one of them", async ({ page }) => {
  const both = await totalFor(page, "severity=production&platform=self-managed");
  const production = await totalFor(page, "severity=production");
  const all = await totalFor(page, "");
  await page.goto("/postmortems?severity=production&platform=self-managed");
  await expect(status(page)).toHaveText(showing(both));
  await page.getByRole("link", { name: "Remove platform filter Self-managed" }).click();
  await expect(page).toHaveURL(/\/postmortems\?severity=production$/);
  await expect(status(page)).toHaveText(showing(production));
  await page.getByRole("link", { name: "Clear all" }).click();
  await expect(status(page)).toHaveText(showing(all));
});

test("pagination keeps filters and moves through pages", async ({ page }) => {
  const total = await totalFor(page, "");
  const last = Math.ceil(total / 5);
  expect(last).toBeGreaterThanOrEqual(3);
  await page.goto("/postmortems?pageSize=5");
  await expect(page.getByText(`Page 1 of ${last}`)).toBeVisible();
  await page.getByRole("link", { name: "Next →" }).click();
  await expect(page).toHaveURL(/pageSize=5&page=2/);
  await expect(status(page)).toHaveText(showing(total, 6, 5));
  await page.goto(`/postmortems?pageSize=5&page=${last}`);
  await expect(status(page)).toHaveText(showing(total, (last - 1) * 5 + 1, 5));
  await expect(page.getByRole("link", { name: "Next →" })).toHaveCount(0);
  await page.getByRole("link", { name: "← Previous" }).click();
  await expect(page).toHaveURL(new RegExp(`page=${last - 1}`));
});

test("sorting oldest first puts the oldest story on top", async ({ page }) => {
  const oldest = await list(page, "sort=oldest");
  await page.goto("/postmortems");
  await filters(page).getByRole("combobox", { name: "Sort" }).selectOption("oldest");
  await expect(page).toHaveURL(/sort=oldest/);
  await expect(resultTitles(page).first()).toHaveText(oldest.items[0]!.title);
});

test("a filter combination with no match shows a helpful empty state", async ({ page }) => {
  expect(await totalFor(page, "severity=trivial&platform=gke")).toBe(0);
  const all = await totalFor(page, "");
  await page.goto("/postmortems?severity=trivial&platform=gke");
  await expect(status(page)).toHaveText("No postmortems match.");
  await expect(page.getByRole("heading", { name: "Nothing to show here" })).toBeVisible();
  await expect(page.getByText("Remove a filter above")).toBeVisible();
  await page.getByRole("link", { name: "Browse all postmortems" }).click();
  await expect(status(page)).toHaveText(showing(all));
});

test("invalid parameters are explained and ignored, never an error page", async ({ page }) => {
  const all = await totalFor(page, "");
  const response = await page.goto("/postmortems?severity=catastrophic&tag=no-such-tag&page=abc&year=3000x");
  expect(response?.status()).toBe(200);
  const alert = page.getByRole("alert").filter({ hasText: "Some filters in this link were ignored" });
  await expect(alert).toBeVisible();
  for (const param of ["severity", "tag", "page", "year"]) await expect(alert.getByText(param, { exact: true })).toBeVisible();
  await expect(status(page)).toHaveText(showing(all));
});

test("a page past the end goes to the last page", async ({ page }) => {
  const all = await totalFor(page, "");
  const last = Math.ceil(all / 20);
  await page.goto("/postmortems?page=99");
  await expect(page).toHaveURL(last === 1 ? /\/postmortems$/ : new RegExp(`page=${last}$`));
  await expect(status(page)).toHaveText(showing(all, (last - 1) * 20 + 1));
});
