import { expect, test } from "@playwright/test";

test("a postmortem prints the story without the site around it", async ({ page }) => {
  await page.goto("/postmortems/reddit-2023-pi-day-outage");
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("banner")).toBeHidden();
  await expect(page.getByRole("navigation")).toHaveCount(0);
  await expect(page.getByRole("button")).toHaveCount(0);
  await expect(page.getByRole("contentinfo")).toBeHidden();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  for (const section of ["Timeline", "Lessons", "The story", "Sources"]) await expect(page.getByRole("region", { name: section })).toBeVisible();
  await expect(page.getByRole("region", { name: "Related postmortems" })).toBeHidden();

  // Source links print where they go, and timeline entries do not split across pages.
  const source = page.getByRole("region", { name: "Sources" }).getByRole("link").first();
  const href = await source.getAttribute("href");
  expect(await source.evaluate((a) => getComputedStyle(a, "::after").content)).toContain(href!);
  const entry = page.getByRole("region", { name: "Timeline" }).getByRole("listitem").first();
  expect(await entry.evaluate((li) => getComputedStyle(li).breakInside)).toBe("avoid");

  await page.emulateMedia({ media: "screen" });
  await expect(page.getByRole("banner")).toBeVisible();
});
