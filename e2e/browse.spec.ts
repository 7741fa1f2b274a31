import { expect, test, type Page } from "@playwright/test";
import { catalogue, showing, totalOf } from "./support/catalogue";

const status = (page: Page) => page.getByRole("status");
const filters = (page: Page) => page.getByRole("form", { name: "Filter postmortems" });
const resultTitles = (page: Page) => page.getByRole("region", { name: "Postmortems" }).getByRole("heading", { level: 2 });

test("browse lists every story, newest first", async ({ page, request }) => {
  const all = await catalogue(request);
  await page.goto("/postmortems");
  await expect(status(page)).toHaveText(showing(all.total));
  await expect(resultTitles(page).first()).toHaveText(all.items[0]!.title);
  const oldest = await catalogue(request, "sort=oldest&pageSize=1");
  expect(String(oldest.items[0]!.incidentDate) <= String(all.items[0]!.incidentDate)).toBe(true);
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
  test(`the ${facet} facet filters and keeps the state in the URL`, async ({ page, request }) => {
    const total = await totalOf(request, param);
    expect(total).toBeGreaterThan(0);
    await page.goto("/postmortems");
    const group = filters(page).getByRole("group", { name: facet });
    // Long facets show their most frequent values and fold the rest behind "N more".
    const more = group.getByText(/^\d+ more$/);
    if ((await more.count()) > 0) await more.click();
    // The count beside the option is what checking it gives.
    await expect(group.getByRole("checkbox", { name: option })).toHaveAccessibleName(new RegExp(` ${total}$`));
    await group.getByRole("checkbox", { name: option }).check();
    await expect(page).toHaveURL(new RegExp(param));
    await expect(status(page)).toHaveText(showing(total));
    // A shared link reproduces the same view.
    await page.goto(page.url());
    await expect(filters(page).getByRole("group", { name: facet }).getByRole("checkbox", { name: option })).toBeChecked();
    await expect(resultTitles(page)).toHaveCount(Math.min(total, 20));
  });
}

test("facet counts reflect the other active filters", async ({ page, request }) => {
  await page.goto("/postmortems?platform=eks");
  const severity = filters(page).getByRole("group", { name: "Severity tier" });
  for (const [label, value] of [
    ["Production", "production"],
    ["Trivial", "trivial"],
    ["Non-production", "non-production"],
  ] as const) {
    const n = await totalOf(request, `platform=eks&severity=${value}`);
    const box = severity.getByRole("checkbox", { name: new RegExp(`^${label} \\d+$`) });
    if (n === 0) await expect(box).toHaveCount(0);
    else await expect(box).toHaveAccessibleName(`${label} ${n}`);
  }
  // The platform facet ignores its own selection, so other platforms stay available.
  const gke = await totalOf(request, "platform=gke");
  await expect(
    filters(page)
      .getByRole("group", { name: "Platform" })
      .getByRole("checkbox", { name: new RegExp(`^GKE ${gke}$`) }),
  ).toBeVisible();
});

test("filters combine, and a chip removes one of them", async ({ page, request }) => {
  const [both, production, all] = await Promise.all([
    totalOf(request, "severity=production&platform=self-managed"),
    totalOf(request, "severity=production"),
    totalOf(request),
  ]);
  await page.goto("/postmortems?severity=production&platform=self-managed");
  await expect(status(page)).toHaveText(showing(both));
  await page.getByRole("link", { name: "Remove platform filter Self-managed" }).click();
  await expect(page).toHaveURL(/\/postmortems\?severity=production$/);
  await expect(status(page)).toHaveText(showing(production));
  await page.getByRole("link", { name: "Clear all" }).click();
  await expect(status(page)).toHaveText(showing(all));
});

test("pagination keeps filters and moves through pages", async ({ page, request }) => {
  const total = await totalOf(request, "coverage=retold");
  const pages = Math.ceil(total / 5);
  expect(pages).toBeGreaterThanOrEqual(3);
  await page.goto("/postmortems?coverage=retold&pageSize=5");
  await expect(page.getByText(`Page 1 of ${pages}`)).toBeVisible();
  await page.getByRole("link", { name: "Next →" }).click();
  await expect(page).toHaveURL(/coverage=retold&pageSize=5&page=2/);
  await expect(status(page)).toHaveText(showing(total, 6, 5));
  await page.goto(`/postmortems?coverage=retold&pageSize=5&page=${pages}`);
  await expect(status(page)).toHaveText(showing(total, (pages - 1) * 5 + 1, 5));
  await expect(page.getByRole("link", { name: "Next →" })).toHaveCount(0);
  await page.getByRole("link", { name: "← Previous" }).click();
  await expect(page).toHaveURL(new RegExp(`page=${pages - 1}`));
});

test("sorting oldest first puts the oldest story on top", async ({ page, request }) => {
  const oldest = await catalogue(request, "sort=oldest&pageSize=1");
  await page.goto("/postmortems");
  await filters(page).getByRole("combobox", { name: "Sort" }).selectOption("oldest");
  await expect(page).toHaveURL(/sort=oldest/);
  await expect(resultTitles(page).first()).toHaveText(oldest.items[0]!.title);
});

test("a filter combination with no match shows a helpful empty state", async ({ page, request }) => {
  await page.goto("/postmortems?severity=trivial&platform=gke");
  await expect(status(page)).toHaveText("No postmortems match.");
  await expect(page.getByRole("heading", { name: "Nothing to show here" })).toBeVisible();
  await expect(page.getByText("Remove a filter above")).toBeVisible();
  await page.getByRole("link", { name: "Browse all postmortems" }).click();
  await expect(status(page)).toHaveText(showing(await totalOf(request)));
});

test("invalid parameters are explained and ignored, never an error page", async ({ page, request }) => {
  const response = await page.goto("/postmortems?severity=catastrophic&tag=no-such-tag&page=abc&year=3000x&coverage=rumoured");
  expect(response?.status()).toBe(200);
  const alert = page.getByRole("alert").filter({ hasText: "Some filters in this link were ignored" });
  await expect(alert).toBeVisible();
  for (const param of ["severity", "tag", "page", "year", "coverage"]) await expect(alert.getByText(param, { exact: true })).toBeVisible();
  await expect(status(page)).toHaveText(showing(await totalOf(request)));
});

test("a page past the end goes to the last page", async ({ page, request }) => {
  const total = await totalOf(request, "coverage=retold");
  await page.goto("/postmortems?coverage=retold&page=999");
  await expect(page).toHaveURL(new RegExp(`/postmortems\\?coverage=retold${total > 20 ? `&page=${Math.ceil(total / 20)}` : ""}$`));
  await expect(status(page)).toHaveText(showing(total, (Math.ceil(total / 20) - 1) * 20 + 1));
});
