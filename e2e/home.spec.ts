import { expect, test } from "@playwright/test";

test("the dashboard shows counts by tier, latest stories, categories and a way in for newcomers", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Kubernetes outages");

  const tiers = page.getByRole("region", { name: "By severity tier" });
  await expect(tiers.getByRole("link", { name: /Trivial/ })).toContainText("2");
  // Counts grow with the catalogue: check that each tier shows one, not what it is.
  await expect(tiers.getByRole("link", { name: /Non-production/ })).toContainText(/\d+/);
  await expect(tiers.getByRole("link", { name: /^\d+ Production/ })).toBeVisible();

  const latest = page.getByRole("region", { name: "Latest incidents" });
  await expect(latest.getByRole("article")).toHaveCount(5);

  const categories = page.getByRole("region", { name: "Study by category" });
  await expect(categories.getByRole("link", { name: "Networking" })).toBeVisible();
  await categories.getByRole("link", { name: "Networking" }).click();
  await expect(page).toHaveURL(/\/categories\/networking$/);
  await expect(page.getByRole("heading", { level: 1, name: "Networking" })).toBeVisible();
});

test("a tier tile opens browse filtered to that tier", async ({ page }) => {
  await page.goto("/");
  const tile = page.getByRole("region", { name: "By severity tier" }).getByRole("link", { name: /Non-production/ });
  // The tile's own count is what browse must show, whatever the catalogue holds.
  const count = Number((await tile.textContent())?.match(/\d+/)?.[0]);
  await tile.click();
  await expect(page).toHaveURL(/severity=non-production/);
  await expect(page.getByRole("status")).toContainText(`of ${count} postmortem`);
});

test("start here leads to an ordered reading path", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "Start the reading path" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Study" })).toBeVisible();
  const steps = page.getByRole("region", { name: "Start here" }).getByRole("listitem");
  // The path grows as stories are added; its first and last steps are fixed.
  expect(await steps.count()).toBeGreaterThanOrEqual(5);
  await expect(steps.first()).toContainText("An EKS cluster with no node group");
  await expect(steps.last()).toContainText("Pi-Day outage");
});

test("the header search goes to browse with the query", async ({ page }) => {
  await page.goto("/");
  const search = page.getByRole("banner").getByRole("searchbox", { name: "Search postmortems" });
  await search.fill("linkerd");
  await search.press("Enter");
  await expect(page).toHaveURL(/\/postmortems\?q=linkerd/);
  await expect(page.getByRole("heading", { level: 2, name: /Monzo payments/ })).toBeVisible();
});

test("the theme toggle switches to light and dark and remembers it", async ({ page }) => {
  await page.goto("/");
  const toggle = page.getByRole("button", { name: /change theme/ });
  await toggle.click();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
  await toggle.click();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await expect(page.getByRole("button", { name: /Dark theme/ })).toBeVisible();
});
