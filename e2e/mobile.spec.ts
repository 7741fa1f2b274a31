import { expect, test, type Page } from "@playwright/test";
import { signIn, test as withWorld } from "./support/fixtures";

const menuButton = (page: Page) => page.getByRole("banner").getByRole("button", { name: "Menu" });
const mainNav = (page: Page) => page.getByRole("navigation", { name: "Main" });

/** Presses Tab from the panel's button through the panel until the focus is outside both. */
async function tabOutOf(page: Page, panelId: string) {
  const where = () =>
    page.evaluate((id) => {
      const focused = document.activeElement;
      return focused?.closest(`#${id}`) ? "panel" : focused?.getAttribute("aria-controls") === id ? "button" : "outside";
    }, panelId);
  for (let presses = 0; presses < 60 && (await where()) !== "outside"; presses++) await page.keyboard.press("Tab");
  expect(await where()).toBe("outside");
}

/** The header is one row: nothing wraps and nothing sticks out of the viewport. */
async function expectOneRow(page: Page) {
  const banner = page.getByRole("banner");
  expect((await banner.boundingBox())!.height).toBeLessThan(70);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(page.viewportSize()!.width);
}

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the navigation sits behind a Menu button that works with the keyboard", async ({ page }) => {
    await page.goto("/");
    await expectOneRow(page);
    await expect(mainNav(page)).toBeHidden();
    const button = menuButton(page);
    await expect(button).toHaveAttribute("aria-expanded", "false");
    await expect(button).toHaveAttribute("aria-controls", "site-menu");

    await button.focus();
    await page.keyboard.press("Enter");
    await expect(button).toHaveAttribute("aria-expanded", "true");
    await expect(mainNav(page).getByRole("link", { name: "Checklists" })).toBeVisible();
    await page.keyboard.press("Tab");
    await expect(mainNav(page).getByRole("link", { name: "Postmortems" })).toBeFocused();
    // Esc closes the menu and gives focus back to its button.
    await page.keyboard.press("Escape");
    await expect(mainNav(page)).toBeHidden();
    await expect(button).toBeFocused();
    await expect(button).toHaveAttribute("aria-expanded", "false");

    await button.click();
    await mainNav(page).getByRole("link", { name: "Am I exposed?" }).click();
    await expect(page).toHaveURL(/\/exposure$/);
    await expect(mainNav(page)).toBeHidden();
  });

  test("the menu closes once the keyboard focus leaves it", async ({ page }) => {
    await page.goto("/");
    const button = menuButton(page);
    await button.focus();
    await page.keyboard.press("Enter");
    await expect(mainNav(page)).toBeVisible();
    await tabOutOf(page, "site-menu");
    await expect(button).toHaveAttribute("aria-expanded", "false");
    await expect(mainNav(page)).toBeHidden();
  });

  test("the menu holds the search and the account links", async ({ page }) => {
    await page.goto("/checklists");
    await menuButton(page).click();
    const search = page.getByRole("banner").getByRole("searchbox", { name: "Search postmortems" });
    await search.fill("calico");
    await search.press("Enter");
    await expect(page).toHaveURL(/\/postmortems\?q=calico/);
    await menuButton(page).click();
    await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
  });
});

test.describe("on a phone without JavaScript", () => {
  test.use({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });

  test("the Menu link opens the navigation", async ({ page }) => {
    await page.goto("/");
    await expect(mainNav(page)).toBeHidden();
    await page.getByRole("banner").getByRole("link", { name: "Menu" }).click();
    await mainNav(page).getByRole("link", { name: "Tags" }).click();
    await expect(page).toHaveURL(/\/tags$/);
  });
});

test("at 1280 px the header is one row when signed out", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("/postmortems");
  await expectOneRow(page);
  await expect(menuButton(page)).toBeHidden();
  await expect(mainNav(page).getByRole("link", { name: "Study" })).toBeVisible();
});

withWorld("at 1280 px the header is one row for an admin who leads two teams, with the review counts", async ({ page, world }) => {
  const admin = await world.user({ admin: true, name: "Alexandra Administrator-Longname" });
  await world.team([{ user: admin, role: "lead" }]);
  await world.team([{ user: admin, role: "lead" }]);
  await signIn(page, admin);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("/postmortems");
  const leadTools = page.getByRole("navigation", { name: "Lead tools" });
  await expect(leadTools.getByRole("link", { name: /^Review \(\d+\)$/ })).toBeVisible();
  await expect(leadTools.getByRole("link", { name: /^Tagging \(\d+\)$/ })).toBeVisible();
  await expect(page.getByRole("link", { name: "New postmortem" })).toBeVisible();
  await expectOneRow(page);

  // Who you are, your teams and the rarer links are one click away, and Esc puts them away.
  const account = page.getByRole("button", { name: `Account: ${admin.name}` });
  await account.click();
  const group = page.getByRole("group", { name: "Your account" });
  await expect(group.getByText(`Signed in as ${admin.name}`)).toBeVisible();
  await expect(group.getByRole("link", { name: "Taxonomy" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(group.getByRole("link", { name: "Taxonomy" })).toBeHidden();
  await expect(account).toBeFocused();

  // Tabbing past its last link closes it too, rather than leaving it over the page.
  await page.keyboard.press("Enter");
  await expect(group.getByRole("link", { name: "Taxonomy" })).toBeVisible();
  await tabOutOf(page, "account-menu");
  await expect(account).toHaveAttribute("aria-expanded", "false");
  await expect(group.getByRole("link", { name: "Taxonomy" })).toBeHidden();
});

withWorld("below 1024 px a signed-in member finds the account links in the menu", async ({ page, world }) => {
  const member = await world.user();
  await signIn(page, member);
  await page.setViewportSize({ width: 900, height: 800 });
  await page.goto("/");
  await expectOneRow(page);
  // The search stays in the row from 768 px.
  await expect(page.getByRole("banner").getByRole("searchbox", { name: "Search postmortems" })).toBeVisible();
  await menuButton(page).click();
  await expect(page.getByRole("link", { name: "New postmortem" })).toBeVisible();
  await expect(page.getByRole("group", { name: "Your account" }).getByRole("button", { name: "Sign out" })).toBeVisible();
});
