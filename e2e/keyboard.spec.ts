import { expect, test } from "@playwright/test";
import { signIn, test as withWorld } from "./support/fixtures";

test("a search from the header puts focus on the result count, one Tab from the results", async ({ page }) => {
  await page.goto("/checklists");
  const search = page.getByRole("banner").getByRole("searchbox", { name: "Search postmortems" });
  await search.fill("calico");
  await search.press("Enter");
  await expect(page).toHaveURL(/\/postmortems\?q=calico/);
  const count = page.getByRole("status");
  await expect(count).toBeFocused();
  await expect(count).toContainText(/^Showing 1–\d+ of \d+ postmortems?$/);
  // Next come the active filter chips, then the first result.
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: /Remove search filter/ })).toBeFocused();
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("region", { name: "Postmortems" }).getByRole("article").first().getByRole("link").first()).toBeFocused();
});

test("a shared search link keeps the browser's focus at the top", async ({ page }) => {
  await page.goto("/postmortems?q=calico");
  await expect(page.getByRole("status")).not.toBeFocused();
});

test("ticking filters with the keyboard keeps focus on the filter and the page where it was", async ({ page }) => {
  await page.goto("/postmortems");
  const years = page.getByRole("group", { name: "Year" });
  await years.getByRole("checkbox").first().focus();
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  await page.keyboard.press("Space");
  await expect(page).toHaveURL(/[?&]year=\d{4}/);
  // Fewer matches hide facet values, so the page gets shorter; the ticked box stays in view, not the page's top.
  const ticked = years.getByRole("checkbox", { checked: true });
  await expect(ticked).toBeFocused();
  await expect(ticked).toBeInViewport();
  // The next one is a Tab away, not a walk from the top of the page.
  await page.keyboard.press("Tab");
  await page.keyboard.press("Space");
  await expect(page).toHaveURL(/year=\d{4}.*year=\d{4}/);
  await expect(years.getByRole("checkbox", { checked: true })).toHaveCount(2);
  await expect(page.locator(":focus")).toHaveAttribute("name", "year");
});

test("skip links reach the content and the results", async ({ page }) => {
  await page.goto("/postmortems");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
  const skip = page.getByRole("link", { name: "Skip to results" });
  await skip.focus();
  await expect(skip).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status")).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("region", { name: "Postmortems" }).getByRole("article").first().getByRole("link").first()).toBeFocused();
});

withWorld("the tag editor opens with focus in the tag box", async ({ page, world }) => {
  const admin = await world.user({ admin: true });
  await signIn(page, admin);
  await page.goto("/postmortems/reddit-2023-pi-day-outage/tags");
  await expect(page.getByRole("combobox", { name: "Add a tag" })).toBeFocused();
});
