import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, expectNoAxeViolationsInBothSchemes } from "./support/axe";

const pages = [
  ["home", "/"],
  ["browse", "/postmortems"],
  ["search results", "/postmortems?q=upgrade&severity=production"],
  ["empty results", "/postmortems?severity=trivial&platform=gke"],
  ["search help", "/postmortems?q=kuberntes"],
  ["postmortem", "/postmortems/reddit-2023-pi-day-outage"],
  ["postmortem with caveats", "/postmortems/palark-redis-operator-data-loss"],
  ["listed entries", "/postmortems?coverage=listed"],
  ["listed entry", "/postmortems/k8saf-algolia-2019-how-to-kill-the-algolia-dashboard-during-black-friday"],
  ["tags", "/tags"],
  ["tag", "/tags/admission-webhook"],
  ["categories", "/categories"],
  ["category", "/categories/upgrades-lifecycle"],
  ["checklists", "/checklists"],
  ["checklist", "/checklists/admission-webhooks"],
  ["exposure, empty", "/exposure"],
  ["exposure, answered", "/exposure?platform=gke&admission=opa&cni=calico"],
  ["API reference", "/api"],
  ["study", "/study"],
  ["techniques", "/techniques"],
  ["technique", "/techniques/conntrack-table"],
  ["exercise", "/postmortems/mindtickle-2020-eks-snat/study"],
  ["exercise, revealed", "/postmortems/mindtickle-2020-eks-snat/study?revealed=1&pick=technique%3Aconntrack-table"],
  ["not found", "/postmortems/does-not-exist"],
] as const;

const PHONE = { width: 390, height: 844 };

/**
 * Checks the page as it stands on a desktop, then on a phone (390 × 844, where the header menu and the folded
 * filters and questions apply), each in light and dark mode. The page is loaded once: the layouts and colour
 * schemes are CSS media queries (and the app has no colour transitions), so resizing and switching the scheme
 * restyle it in place. Every rule runs in light mode at both widths, and the colour rules again in dark mode
 * (e2e/support/axe.ts says why that is enough).
 */
async function expectNoViolationsInEveryMode(page: Page) {
  for (const [device, viewport] of [
    ["desktop", { width: 1280, height: 720 }],
    ["phone", PHONE],
  ] as const) {
    await page.setViewportSize(viewport);
    for (const colorScheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme });
      await expectNoAxeViolations(page, `${device}, ${colorScheme} mode`, { colourOnly: colorScheme === "dark" });
    }
  }
}

for (const [name, path] of pages) {
  test(`${name} has no axe violations on desktop and phone, in light and dark mode`, async ({ page }) => {
    // Four axe passes: a few seconds each, and about fifteen on the API reference, which lists every operation.
    test.setTimeout(path === "/api" ? 180_000 : 90_000);
    await page.goto(path);
    await expect(page.getByRole("main")).toBeVisible();
    await expectNoViolationsInEveryMode(page);
  });
}

test.describe("phone", () => {
  test.use({ viewport: PHONE });
  test("the open header menu and filters panel have no axe violations, in light and dark mode", async ({ page }) => {
    await page.goto("/postmortems?platform=gke");
    await page.getByRole("button", { name: "Filters (1)" }).click();
    await page.getByRole("banner").getByRole("button", { name: "Menu" }).click();
    await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
    await expectNoAxeViolationsInBothSchemes(page, "phone, menu and filters open");
  });
});
