import type { Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { api, expect, filePostmortem, signIn, test } from "./support/fixtures";

/** Light mode checks every rule; dark mode the colour rules (e2e/support/axe.ts). */
async function expectNoViolations(page: Page, name: string, scheme: "light" | "dark") {
  await expect(page.getByRole("main")).toBeVisible();
  await expectNoAxeViolations(page, name, { colourOnly: scheme === "dark" });
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
      await expectNoViolations(page, path, scheme);
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
      await expectNoViolations(page, path, scheme);
    }
    // A checklist run with an answer.
    await page.goto("/checklists/node-os");
    await page.getByRole("form", { name: "Start a run" }).getByLabel("Target").fill("a11y cluster");
    await page.getByRole("button", { name: "Start run" }).click();
    await page.getByRole("radiogroup").first().getByRole("radio", { name: "Not done" }).check();
    await expect(page.getByRole("status").filter({ hasText: "All answers saved." })).toBeVisible();
    await expectNoViolations(page, "checklist run", scheme);
    // The tag editor's open list of options, too.
    await page.goto(`/postmortems/${slug}/tags`);
    await page.getByRole("combobox", { name: "Add a tag" }).fill("dns");
    await expect(page.getByRole("listbox", { name: "Add a tag" })).toBeVisible();
    await expectNoViolations(page, "tag editor with options", scheme);
  });
}
