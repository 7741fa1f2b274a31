import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

const pages = [
  ["home", "/"],
  ["browse", "/postmortems"],
  ["search results", "/postmortems?q=upgrade&severity=production"],
  ["empty results", "/postmortems?severity=trivial&platform=gke"],
  ["postmortem", "/postmortems/reddit-2023-pi-day-outage"],
  ["postmortem with caveats", "/postmortems/palark-redis-operator-data-loss"],
  ["tags", "/tags"],
  ["tag", "/tags/admission-webhook"],
  ["categories", "/categories"],
  ["category", "/categories/upgrades-lifecycle"],
  ["checklists", "/checklists"],
  ["checklist", "/checklists/admission-webhooks"],
  ["exposure, empty", "/exposure"],
  ["exposure, answered", "/exposure?platform=gke&admission=opa&cni=calico"],
  ["learn", "/learn"],
  ["not found", "/postmortems/does-not-exist"],
] as const;

for (const scheme of ["light", "dark"] as const) {
  test.describe(`${scheme} mode`, () => {
    test.use({ colorScheme: scheme });
    for (const [name, path] of pages) {
      test(`${name} has no axe violations`, async ({ page }) => {
        await page.goto(path);
        await expect(page.getByRole("main")).toBeVisible();
        const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
        expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
      });
    }
  });
}
