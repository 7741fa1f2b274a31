import { expect, test, type Page } from "@playwright/test";

const filters = (page: Page) => page.getByRole("form", { name: "Filter postmortems" });
const help = (page: Page) => page.getByRole("region", { name: "Try instead" });

test("a misspelt search suggests the word the stories use", async ({ page }) => {
  await page.goto("/postmortems?q=kuberntes");
  await expect(page.getByRole("status")).toHaveText("No postmortems match.");
  await expect(page.getByText("No values in these results.")).toHaveCount(0);
  // Empty facet groups are left out altogether.
  await expect(filters(page).getByRole("group")).toHaveCount(0);
  await help(page).getByRole("link", { name: "kubernetes" }).click();
  await expect(page).toHaveURL(/\/postmortems\?q=kubernetes$/);
  await expect(page.getByRole("status")).toContainText(/^Showing 1–/);
});

test("a transposed letter in one of two words is corrected in place", async ({ page }) => {
  await page.goto("/postmortems?q=calico%20rotues");
  await expect(help(page).getByRole("link", { name: /^calico rout/ })).toBeVisible();
});

test("a lowercase or, which is a word, comes with the query written with the OR operator", async ({ page }) => {
  await page.goto("/postmortems?q=quokkazz%20or%20coredns");
  await expect(page.getByRole("status")).toHaveText("No postmortems match.");
  await help(page).getByRole("link", { name: "quokkazz OR coredns" }).click();
  await expect(page).toHaveURL(/\/postmortems\?q=quokkazz(%20|\+)OR(%20|\+)coredns$/);
  await expect(page.getByRole("status")).toContainText(/^Showing 1–/);
});

test("a search in another script says the stories are in English", async ({ page }) => {
  await page.goto(`/postmortems?q=${encodeURIComponent("кубернетес")}`);
  await expect(help(page)).toContainText("The stories are in English; try an English term");
  await page.goto(`/postmortems?q=${encodeURIComponent("网络")}`);
  await expect(help(page)).toContainText("Your search is in Chinese characters");
});

test("a search naming a tag links the tag, and selected facets stay so they can be cleared", async ({ page }) => {
  await page.goto("/postmortems?q=snat&severity=trivial");
  await expect(page.getByRole("status")).toHaveText("No postmortems match.");
  const severity = filters(page).getByRole("group", { name: "Severity tier" });
  await expect(severity.getByRole("checkbox", { name: /Trivial/ })).toBeChecked();
  await expect(filters(page).getByRole("group", { name: "Category" })).toHaveCount(0);
  await help(page).getByRole("link", { name: "SNAT", exact: true }).click();
  await expect(page).toHaveURL(/\/tags\/snat$/);
});

test("a page past the end goes to the last page", async ({ page }) => {
  await page.goto("/postmortems?pageSize=5&page=999");
  await expect(page).toHaveURL(/pageSize=5&page=\d+$/);
  const last = Number(new URL(page.url()).searchParams.get("page"));
  expect(last).toBeGreaterThan(1);
  await expect(page.getByText(`Page ${last} of ${last}`)).toBeVisible();
  await expect(page.getByRole("link", { name: "Next →" })).toHaveCount(0);
});

test("a page past the end of an empty search goes to its only page", async ({ page }) => {
  await page.goto("/postmortems?q=kuberntes&page=7");
  await expect(page).toHaveURL(/\/postmortems\?q=kuberntes$/);
});
