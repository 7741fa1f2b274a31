import { expect, test, type Page } from "@playwright/test";

const status = (page: Page) => page.getByRole("status");
const filters = (page: Page) => page.getByRole("form", { name: "Filter postmortems" });
const resultTitles = (page: Page) => page.getByRole("region", { name: "Postmortems" }).getByRole("heading", { level: 2 });

test("browse lists every story, newest first", async ({ page }) => {
  await page.goto("/postmortems");
  await expect(status(page)).toHaveText("Showing 1–12 of 12 postmortems");
  await expect(resultTitles(page).first()).toContainText(/Glasskube|EKS cluster|minikube/);
  await expect(resultTitles(page).last()).toHaveText("Linkerd, kube-apiserver and etcd take down Monzo payments");
});

const facetCases = [
  { facet: "Severity tier", option: /^Production/, param: "severity=production", total: 7 },
  { facet: "Category", option: /^Networking/, param: "category=networking", total: 5 },
  { facet: "Tag", option: /^SNAT/, param: "tag=snat", total: 1, collapsed: true },
  { facet: "Component", option: /^Calico/, param: "component=calico", total: 1 },
  { facet: "Platform", option: /^GKE/, param: "platform=gke", total: 3 },
  { facet: "Year", option: /^2023/, param: "year=2023", total: 2 },
];

for (const { facet, option, param, total, collapsed } of facetCases) {
  test(`the ${facet} facet filters and keeps the state in the URL`, async ({ page }) => {
    await page.goto("/postmortems");
    const group = filters(page).getByRole("group", { name: facet });
    // Long facets show their most frequent values and fold the rest behind "N more".
    if (collapsed) await group.getByText(/^\d+ more$/).click();
    await group.getByRole("checkbox", { name: option }).check();
    await expect(page).toHaveURL(new RegExp(param));
    await expect(status(page)).toHaveText(`Showing 1–${total} of ${total} postmortem${total === 1 ? "" : "s"}`);
    // A shared link reproduces the same view.
    await page.goto(page.url());
    await expect(filters(page).getByRole("group", { name: facet }).getByRole("checkbox", { name: option })).toBeChecked();
    await expect(resultTitles(page)).toHaveCount(total);
  });
}

test("facet counts reflect the other active filters", async ({ page }) => {
  await page.goto("/postmortems?platform=eks");
  const severity = filters(page).getByRole("group", { name: "Severity tier" });
  await expect(severity.getByRole("checkbox", { name: /^Production 1$/ })).toBeVisible();
  await expect(severity.getByRole("checkbox", { name: /^Trivial 1$/ })).toBeVisible();
  await expect(severity.getByRole("checkbox", { name: /Non-production/ })).toHaveCount(0);
  // The platform facet ignores its own selection, so other platforms stay available.
  await expect(
    filters(page)
      .getByRole("group", { name: "Platform" })
      .getByRole("checkbox", { name: /^GKE 3$/ }),
  ).toBeVisible();
});

test("filters combine, and a chip removes one of them", async ({ page }) => {
  await page.goto("/postmortems?severity=production&platform=self-managed");
  await expect(status(page)).toHaveText("Showing 1–3 of 3 postmortems");
  await page.getByRole("link", { name: "Remove platform filter Self-managed" }).click();
  await expect(page).toHaveURL(/\/postmortems\?severity=production$/);
  await expect(status(page)).toHaveText("Showing 1–7 of 7 postmortems");
  await page.getByRole("link", { name: "Clear all" }).click();
  await expect(status(page)).toHaveText("Showing 1–12 of 12 postmortems");
});

test("pagination keeps filters and moves through pages", async ({ page }) => {
  await page.goto("/postmortems?pageSize=5");
  await expect(page.getByText("Page 1 of 3")).toBeVisible();
  await page.getByRole("link", { name: "Next →" }).click();
  await expect(page).toHaveURL(/pageSize=5&page=2/);
  await expect(status(page)).toHaveText("Showing 6–10 of 12 postmortems");
  await page.getByRole("link", { name: "Next →" }).click();
  await expect(status(page)).toHaveText("Showing 11–12 of 12 postmortems");
  await expect(page.getByRole("link", { name: "Next →" })).toHaveCount(0);
  await page.getByRole("link", { name: "← Previous" }).click();
  await expect(page).toHaveURL(/page=2/);
});

test("sorting oldest first puts the 2017 Monzo outage on top", async ({ page }) => {
  await page.goto("/postmortems");
  await filters(page).getByRole("combobox", { name: "Sort" }).selectOption("oldest");
  await expect(page).toHaveURL(/sort=oldest/);
  await expect(resultTitles(page).first()).toHaveText("Linkerd, kube-apiserver and etcd take down Monzo payments");
});

test("a filter combination with no match shows a helpful empty state", async ({ page }) => {
  await page.goto("/postmortems?severity=trivial&platform=gke");
  await expect(status(page)).toHaveText("No postmortems match.");
  await expect(page.getByRole("heading", { name: "Nothing to show here" })).toBeVisible();
  await expect(page.getByText("Remove a filter above")).toBeVisible();
  await page.getByRole("link", { name: "Browse all postmortems" }).click();
  await expect(status(page)).toHaveText("Showing 1–12 of 12 postmortems");
});

test("invalid parameters are explained and ignored, never an error page", async ({ page }) => {
  const response = await page.goto("/postmortems?severity=catastrophic&tag=no-such-tag&page=abc&year=3000x");
  expect(response?.status()).toBe(200);
  const alert = page.getByRole("alert").filter({ hasText: "Some filters in this link were ignored" });
  await expect(alert).toBeVisible();
  for (const param of ["severity", "tag", "page", "year"]) await expect(alert.getByText(param, { exact: true })).toBeVisible();
  await expect(status(page)).toHaveText("Showing 1–12 of 12 postmortems");
});

test("a page past the end goes to the last page", async ({ page }) => {
  await page.goto("/postmortems?page=9");
  await expect(page).toHaveURL(/\/postmortems$/);
  await expect(status(page)).toHaveText("Showing 1–12 of 12 postmortems");
});
