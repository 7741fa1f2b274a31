import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

const WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
/**
 * The rules whose outcome depends on colours. Dark mode changes colours only (app/globals.css shows or hides no
 * element by colour scheme), so a page that passes every rule in light mode is checked again in dark mode with these.
 */
const COLOUR_RULES = ["color-contrast", "link-in-text-block"];

/** axe's WCAG 2.1 A and AA rules on the page as it stands (or on `include` only), with each violation's targets. */
export async function expectNoAxeViolations(page: Page, label: string, options: { colourOnly?: boolean; include?: string } = {}) {
  let axe = new AxeBuilder({ page });
  if (options.include) axe = axe.include(options.include);
  const { violations } = await (options.colourOnly ? axe.withRules(COLOUR_RULES) : axe.withTags(WCAG_21_AA)).analyze();
  expect(violations.map((v) => `${label}: ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

/** Every rule in light mode, then the colour rules in dark mode; the page is left in light mode. */
export async function expectNoAxeViolationsInBothSchemes(page: Page, label: string, options: { include?: string } = {}) {
  await page.emulateMedia({ colorScheme: "light" });
  await expectNoAxeViolations(page, `${label} (light)`, options);
  await page.emulateMedia({ colorScheme: "dark" });
  await expectNoAxeViolations(page, `${label} (dark)`, { ...options, colourOnly: true });
  await page.emulateMedia({ colorScheme: "light" });
}
