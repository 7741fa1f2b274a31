import { expectNoAxeViolationsInBothSchemes } from "./support/axe";
import type { Page } from "@playwright/test";
import { editorReady, saveStatus } from "./support/editor";
import { expect, filePublished, signIn, test, unique } from "./support/fixtures";

/** Follows a bar of an /insights chart by keyboard and checks that browse lists as many stories as the bar says. */
async function followBar(page: Page, chart: string, bar: RegExp, url: RegExp, from = "/insights") {
  await page.goto(from);
  const link = page.getByRole("group", { name: chart }).getByRole("link", { name: bar }).first();
  const [, n] = /(\d+) stor(?:y|ies)$/.exec((await link.getAttribute("aria-label"))!)!;
  // By keyboard: a bar's link box has gaps between its label and bar, so a pointer click at its centre can miss.
  await link.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(url);
  await expect(page.getByText(new RegExp(`of ${n} postmortems?$`))).toBeVisible();
}

const patterns = (page: Page) => page.getByText(/^Patterns across \d+ postmortems?\./);

test("insights: filters change the charts, every segment opens its stories, exact times measure time to X", async ({ page, world }) => {
  test.setTimeout(120_000);
  const lead = await world.user();
  const team = await world.team([{ user: lead, role: "lead" }]);
  await signIn(page, lead);
  const title = `Timed incident ${unique()}`;
  const { slug } = await filePublished(page, team.id, {
    title,
    visibility: "public",
    durationMinutes: 60,
    timeline: [
      { at: "10:00 UTC", time: "2026-05-04T10:00Z", description: "A change goes out", marker: "trigger" },
      { at: "10:07 UTC", time: "2026-05-04T10:07Z", description: "An alert fires", marker: "detection" },
      { at: "11:00", time: "2026-05-04T13:00+02:00", description: "Back to normal", marker: "resolution" },
    ],
    actionItems: [{ type: "prevent", description: "Stage the change", status: "open", dueDate: "2026-01-02" }],
  });

  // The story page measures from the exact times, whatever offset each was written in.
  await page.goto(`/postmortems/${slug}`);
  const measured = page.getByLabel("Measured from the trigger");
  await expect(measured).toHaveText("Time to detect7 minTime to resolve1 h");

  // The editor offers the exact time as a UTC date-time input, and autosave keeps a change to it.
  await page.goto(`/postmortems/${slug}/edit`);
  await editorReady(page);
  const firstTime = page.locator("#timeline-0-time");
  await expect(firstTime).toHaveValue("2026-05-04T10:00");
  await firstTime.fill("2026-05-04T09:55");
  await expect(saveStatus(page, "All changes saved.")).toBeVisible({ timeout: 15_000 });
  await page.goto(`/postmortems/${slug}`);
  await expect(measured).toHaveText("Time to detect12 minTime to resolve1 h 5 min");

  // Insights list it among the timed stories, and a filter changes every chart.
  await page.goto("/insights");
  const timeTo = page.getByRole("figure", { name: "Time to detect, mitigate and resolve" });
  await timeTo.getByText("Show data").click();
  await expect(timeTo.getByRole("link", { name: title })).toBeVisible();
  const before = await patterns(page).textContent();
  await page
    .getByRole("form", { name: "Filter insights" })
    .getByRole("checkbox", { name: /Trivial/ })
    .check();
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/\/insights\?(q=&)?severity=trivial$/);
  await expect(patterns(page)).not.toHaveText(before!);
  const tiers = page.getByRole("group", { name: "Stories by year, stacked by severity tier" }).getByRole("link");
  await expect(tiers.first()).toBeVisible();
  for (const label of await tiers.evaluateAll((links) => links.map((a) => a.getAttribute("aria-label")))) expect(label).toContain("Trivial");

  // A segment leads to exactly the stories it counts.
  const segment = page.getByRole("group", { name: "Stories by year, stacked by category" }).getByRole("link").first();
  const [, year, , n] = /^(\d{4}), (.+): (\d+) stor/.exec((await segment.getAttribute("aria-label"))!)!;
  await segment.click();
  await expect(page).toHaveURL(new RegExp(`/postmortems\\?severity=trivial&category=[a-z-]+&year=${year}$`));
  await expect(page.getByText(new RegExp(`of ${n} postmortems?$`))).toBeVisible();

  // A top tag bar goes to browse with that tag.
  await page.goto("/insights?tag=snat");
  // By keyboard: a bar's link box has gaps between its label and bar, so a pointer click at its centre can miss.
  await page
    .getByRole("group", { name: "Stories per tag" })
    .getByRole("link", { name: /^SNAT:/ })
    .focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/postmortems\?tag=snat$/);

  // Duration, time-to and tag-pair bars lead to browse with exactly the stories they count.
  await followBar(page, "Stories per duration", /^1–4 h:/, /\/postmortems\?duration=1h-4h$/);
  await followBar(page, "Median time from the trigger", /^Time to detect:/, /\/postmortems\?measured=detect$/);
  await followBar(page, "Stories per pair", /./, /\/postmortems\?tag=[a-z0-9-]+&tag=[a-z0-9-]+&tagMatch=all$/);
  // With every selected tag required, a top tag bar counts (and opens) that tag's stories instead.
  await followBar(
    page,
    "Stories per tag",
    /./,
    /\/postmortems\?tag=[a-z0-9-]+&tagMatch=all$/,
    "/insights?tag=etcd&tag=api-server-unavailable&tagMatch=all",
  );

  await page.goto("/insights?severity=production");
  await expect(page.getByRole("main")).toBeVisible();
  await expectNoAxeViolationsInBothSchemes(page, "insights");
  await page.goto(`/teams/${team.slug}/insights`);
  await expect(page.getByRole("main")).toBeVisible();
  await expectNoAxeViolationsInBothSchemes(page, "team insights");

  // On a phone the filters fold away and the charts still draw.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/insights");
  await expect(page.getByRole("button", { name: /Filters \(0\)/ })).toBeVisible();
  await expect(page.getByRole("group", { name: "Stories per tag" })).toBeVisible();
});

test("team insights are for the team's members; outsiders get 404 and no counts", async ({ page, browser, world }) => {
  const lead = await world.user();
  const outsider = await world.user();
  const team = await world.team([{ user: lead, role: "lead" }]);
  await signIn(page, lead);
  await filePublished(page, team.id, {
    timeline: [
      { at: "09:00", time: "2026-05-04T09:00Z", description: "Trigger", marker: "trigger" },
      { at: "09:45", time: "2026-05-04T09:45Z", description: "Resolved", marker: "resolution" },
    ],
    actionItems: [
      { type: "prevent", description: "Overdue one", status: "open", dueDate: "2026-01-02" },
      { type: "detect", description: "Open one", status: "open" },
      { type: "process", description: "Done one", status: "done" },
    ],
  });
  await page.goto(`/teams/${team.slug}`);
  await page.getByRole("link", { name: "Team insights" }).click();
  await expect(page.getByRole("heading", { name: `${team.name}: insights` })).toBeVisible();
  const tile = (label: string) => page.getByRole("term").filter({ hasText: label }).locator("xpath=following-sibling::dd[1]");
  await expect(tile("Open action items")).toHaveText("2");
  await expect(tile("Overdue action items")).toHaveText("1");
  await expect(tile("Median time to resolve")).toHaveText("45 min");
  await page.getByRole("figure", { name: "Severity mix" }).getByText("Show data").click();
  await expect(page.getByRole("row", { name: "Production 1" })).toBeVisible();

  const other = await browser.newContext();
  const outsiderPage = await other.newPage();
  await signIn(outsiderPage, outsider);
  const response = await outsiderPage.goto(`/teams/${team.slug}/insights`);
  expect(response?.status()).toBe(404);
  await expect(outsiderPage.getByText("Open action items")).toHaveCount(0);
  await expect(outsiderPage.getByText(team.name)).toHaveCount(0);
  await other.close();
});
