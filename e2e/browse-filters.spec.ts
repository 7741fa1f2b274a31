import { expect, test, type Page } from "@playwright/test";

const filters = (page: Page) => page.getByRole("form", { name: "Filter postmortems" });
/** The facet values in the current URL (the form also sends the empty search and the sort, which are harmless). */
const facetParams = (page: Page) =>
  [...new URL(page.url()).searchParams].filter(([key, value]) => value && key !== "q" && key !== "sort").map(([key, value]) => `${key}=${value}`);
const checkbox = (page: Page, facet: string, option: RegExp) =>
  filters(page).getByRole("group", { name: facet }).getByRole("checkbox", { name: option });

test("after Clear all the facet checkboxes follow the URL, so the next click applies only itself", async ({ page }) => {
  await page.goto("/postmortems?category=networking&platform=eks");
  await expect(checkbox(page, "Category", /^Networking/)).toBeChecked();
  await page.getByRole("link", { name: "Clear all" }).click();
  await expect(page).toHaveURL(/\/postmortems$/);
  await expect(checkbox(page, "Category", /^Networking/)).not.toBeChecked();
  await expect(checkbox(page, "Platform", /^EKS/)).not.toBeChecked();
  await checkbox(page, "Platform", /^GKE/).check();
  await expect(page).toHaveURL(/platform=gke/);
  expect(facetParams(page)).toEqual(["platform=gke"]);
  await expect(checkbox(page, "Platform", /^GKE/)).toBeChecked();
  await expect(checkbox(page, "Platform", /^EKS/)).not.toBeChecked();
});

test("removing one chip unticks only that value", async ({ page }) => {
  await page.goto("/postmortems?severity=production&platform=self-managed");
  await page.getByRole("link", { name: "Remove platform filter Self-managed" }).click();
  await expect(page).toHaveURL(/\/postmortems\?severity=production$/);
  await expect(checkbox(page, "Platform", /^Self-managed/)).not.toBeChecked();
  await expect(checkbox(page, "Severity tier", /^Production/)).toBeChecked();
});

test("tags can be required together: the option keeps only stories with every selected tag, and its chip goes back to any", async ({ page }) => {
  const total = async (query: string) =>
    ((await (await page.request.get(`/api/v1/postmortems?pageSize=100&${query}`)).json()) as { total: number }).total;
  const both = "tag=resource-limits&tag=node-oom";
  const [any, all, first, second] = await Promise.all([
    total(both),
    total(`${both}&tagMatch=all`),
    total("tag=resource-limits"),
    total("tag=node-oom"),
  ]);
  expect(all).toBeGreaterThan(0);
  expect(any).toBe(first + second - all);

  await page.goto(`/postmortems?${both}`);
  await expect(page.getByRole("status")).toContainText(`of ${any} postmortems`);
  await checkbox(page, "Tag", /^Only stories with every selected tag$/).check();
  await expect(page).toHaveURL(/tagMatch=all/);
  await expect(page.getByRole("status")).toContainText(`of ${all} postmortem`);
  // Tag counts now say how many of these stories also carry each tag.
  await expect(checkbox(page, "Tag", /^Missing requests and limits/)).toHaveAccessibleName(new RegExp(` ${all}$`));
  await page.getByRole("link", { name: "Match any selected tag instead" }).click();
  await expect(page).not.toHaveURL(/tagMatch/);
  await expect(page.getByRole("status")).toContainText(`of ${any} postmortems`);
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("results come first and the facets fold into a Filters panel with the active count", async ({ page }) => {
    await page.goto("/postmortems?platform=self-managed&severity=production");
    const toggle = page.getByRole("button", { name: "Filters (2)" });
    await expect(toggle).toHaveAttribute("aria-expanded", "false");
    await expect(filters(page).getByRole("group", { name: "Platform" })).toBeHidden();
    const first = page.getByRole("region", { name: "Postmortems" }).getByRole("article").first();
    expect((await first.boundingBox())!.y).toBeLessThan(844);

    await toggle.click();
    await expect(toggle).toHaveAttribute("aria-expanded", "true");
    await expect(checkbox(page, "Platform", /^Self-managed/)).toBeChecked();
    // Ticking does not reload the page (which would close the panel); Apply does.
    await checkbox(page, "Severity tier", /^Production/).uncheck();
    await expect(toggle).toHaveAttribute("aria-expanded", "true");
    await filters(page).getByRole("button", { name: "Apply filters" }).click();
    await expect(page).not.toHaveURL(/severity=/);
    expect(facetParams(page)).toEqual(["platform=self-managed"]);
    await expect(page.getByRole("button", { name: "Filters (1)" })).toHaveAttribute("aria-expanded", "false");
  });

  test("Reset clears the facets and the sort, and keeps the search", async ({ page }) => {
    await page.goto("/postmortems?q=upgrade&severity=production&sort=newest");
    await page.getByRole("button", { name: "Filters (1)" }).click();
    await filters(page).getByRole("link", { name: "Reset" }).click();
    await expect(page).toHaveURL(/\/postmortems\?q=upgrade$/);
    await expect(filters(page).getByRole("searchbox", { name: "Search" })).toHaveValue("upgrade");
  });
});

test.describe("on a phone without JavaScript", () => {
  test.use({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });

  test("the Filters link opens the panel", async ({ page }) => {
    await page.goto("/postmortems");
    await expect(filters(page).getByRole("group", { name: "Platform" })).toBeHidden();
    await page.getByRole("link", { name: "Filters (0)" }).click();
    await checkbox(page, "Platform", /^GKE/).check();
    await filters(page).getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/platform=gke/);
  });
});
