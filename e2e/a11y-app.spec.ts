import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { api, expect, filePostmortem, signIn, test } from "./support/fixtures";

async function expectNoViolations(page: Page, name: string) {
  await expect(page.getByRole("main")).toBeVisible();
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(violations.map((v) => `${name}: ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

for (const scheme of ["light", "dark"] as const) {
  test(`signed-out account pages have no axe violations (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    for (const path of [
      "/signin",
      "/register",
      "/invite/not-a-real-token",
      "/forgot-password",
      "/reset-password/not-a-real-token",
      "/unsubscribe?u=1&k=mention&t=x",
    ]) {
      await page.goto(path);
      await expectNoViolations(page, path);
    }
  });

  test(`signed-in pages have no axe violations (${scheme})`, async ({ page, world }) => {
    // Every signed-in page, each checked by axe: long on a busy 2-core machine.
    test.setTimeout(240_000);
    await page.emulateMedia({ colorScheme: scheme });
    const lead = await world.user({ admin: true });
    const team = await world.team([{ user: lead, role: "lead" }]);
    await signIn(page, lead);
    const { slug } = await filePostmortem(page, team.id, {
      lessons: ["One"],
      timeline: [{ at: "10:00", description: "Began", marker: "trigger" }],
      body: "## Heading\n\nText",
    });
    await api(page).patch(`/api/v1/postmortems/${slug}`, { data: { baseVersion: 1, impact: "Changed" } });
    await api(page).post(`/api/v1/postmortems/${slug}/submit`);
    const pages = [
      "/settings",
      "/study",
      "/teams",
      `/teams/${team.slug}`,
      "/new",
      `/postmortems/${slug}`,
      `/postmortems/${slug}/edit`,
      `/postmortems/${slug}/history`,
    ];
    const leadPages = [
      "/review",
      "/review/tagging?all=1",
      `/postmortems/${slug}/tags`,
      "/admin/taxonomy",
      "/admin/taxonomy/tags/snat",
      "/admin/audit",
    ];
    for (const path of [...pages, ...leadPages]) {
      await page.goto(path);
      await expectNoViolations(page, path);
    }
    // A checklist run with an answer.
    await page.goto("/checklists/node-os");
    await page.getByRole("form", { name: "Start a run" }).getByLabel("Target").fill("a11y cluster");
    await page.getByRole("button", { name: "Start run" }).click();
    await page.getByRole("radiogroup").first().getByRole("radio", { name: "Not done" }).check();
    await expect(page.getByRole("status").filter({ hasText: "All answers saved." })).toBeVisible();
    await expectNoViolations(page, "checklist run");
    // The tag editor's open list of options, too.
    await page.goto(`/postmortems/${slug}/tags`);
    await page.getByRole("combobox", { name: "Add a tag" }).fill("dns");
    await expect(page.getByRole("listbox", { name: "Add a tag" })).toBeVisible();
    await expectNoViolations(page, "tag editor with options");
  });
}
