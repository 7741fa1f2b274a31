import fs from "node:fs";
import { expectNoAxeViolationsInBothSchemes } from "./support/axe";
import type { Page } from "@playwright/test";
import { strToU8, unzipSync, zipSync } from "fflate";
import { expect, filePostmortem, signIn, test } from "./support/fixtures";

const CURATED = "adevinta-2019-kiam-credential-latency";

type Record = { [key: string]: unknown; slug: string; tags: { slug: string }[]; components: { slug: string }[] };

const structured = (r: Record) => ({
  title: r.title,
  severity: r.severity,
  incidentDate: r.incidentDate,
  durationMinutes: r.durationMinutes,
  platform: r.platform,
  summary: r.summary,
  impact: r.impact,
  trigger: r.trigger,
  rootCause: r.rootCause,
  detection: r.detection,
  resolution: r.resolution,
  tags: r.tags.map((t) => t.slug).sort(),
  components: r.components.map((c) => c.slug).sort(),
  lessons: r.lessons,
  timeline: r.timeline,
  actionItems: r.actionItems,
  sources: r.sources,
});

async function expectAxeClean(page: Page, name: string) {
  await expectNoAxeViolationsInBothSchemes(page, name);
}

async function downloadText(page: Page, link: string) {
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: link, exact: true }).click()]);
  return { name: download.suggestedFilename(), text: fs.readFileSync((await download.path())!, "utf8") };
}

test("a published story exported as Markdown imports into a team draft with the same fields; exports follow visibility", async ({
  page,
  world,
  browser,
}) => {
  test.setTimeout(90_000);
  const member = await world.user();
  const outsider = await world.user();
  const team = await world.team([{ user: member }]);
  await signIn(page, member);

  // Export the curated story as Markdown (the content format) and as JSON.
  await page.goto(`/postmortems/${CURATED}`);
  const markdown = await downloadText(page, "Markdown");
  expect(markdown.name).toBe(`${CURATED}.md`);
  expect(markdown.text).toMatch(/^---\ntitle: .+\norganization: Adevinta\nseverity: production\nincidentDate: 2019-10-14\n/);
  expect(markdown.text).toContain("\n---\n\n## A migration that looked like it broke latency\n");
  const json = JSON.parse((await downloadText(page, "JSON")).text) as Record;
  const original = (await (await page.request.get(`/api/v1/postmortems/${CURATED}`)).json()) as Record;
  expect(structured(json)).toEqual(structured(original));

  // Import it into the team: preview first, nothing written until confirmed.
  await page.goto(`/teams/${team.slug}`);
  await page.getByRole("link", { name: "Import postmortems" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Import postmortems" })).toBeVisible();
  await page
    .getByLabel("Files", { exact: true })
    .setInputFiles({ name: markdown.name, mimeType: "text/markdown", buffer: Buffer.from(markdown.text) });
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(page.getByText("1 file: 1 ready, 0 with problems.")).toBeVisible();
  const card = page.getByRole("listitem", { name: markdown.name });
  await expect(card.getByText(original.title as string)).toBeVisible();
  await expect(card.getByText(/environment: no such field on a team postmortem; kept in the narrative/)).toBeVisible();
  await expectAxeClean(page, "import preview");
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.getByRole("button", { name: "Import 1 draft" }).click();
  await expect(page.getByRole("heading", { name: "Imported 1 draft" })).toBeVisible();
  await page.getByRole("link", { name: original.title as string }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(original.title as string);
  const slug = new URL(page.url()).pathname.split("/").pop()!;
  const imported = (await (await page.request.get(`/api/v1/postmortems/${slug}`)).json()) as Record;
  expect(imported).toMatchObject({ kind: "team", status: "draft", visibility: "team" });
  expect(structured(imported)).toEqual(structured(original));

  // The team's zip holds the draft and an index.
  const zip = await page.request.get(`/teams/${team.slug}/export`);
  expect(zip.status()).toBe(200);
  expect(zip.headers()["content-type"]).toBe("application/zip");
  const files = unzipSync(new Uint8Array(await zip.body()));
  expect(Object.keys(files).sort()).toEqual(["index.json", `postmortems/${slug}.md`]);
  const index = JSON.parse(new TextDecoder().decode(files["index.json"])) as { postmortems: { slug: string; status: string }[] };
  expect(index.postmortems).toEqual([expect.objectContaining({ slug, status: "draft" })]);

  // Outsiders and anonymous readers get 404 from every channel.
  for (const signedIn of [true, false]) {
    const context = await browser.newContext();
    const other = await context.newPage();
    if (signedIn) await signIn(other, outsider);
    for (const url of [`/postmortems/${slug}/export.md`, `/postmortems/${slug}/export.json`, `/teams/${team.slug}/export`]) {
      const response = await other.request.get(url);
      expect(response.status(), url).toBe(404);
      expect(await response.text()).not.toContain(original.title as string);
    }
    await context.close();
  }
});

test("a zip with one bad file: preview lists its problems, all-or-nothing holds back, then the good files become drafts", async ({ page, world }) => {
  const member = await world.user();
  const team = await world.team([{ user: member }]);
  await signIn(page, member);
  const { slug: existing } = await filePostmortem(page, team.id, { title: "Exported earlier", lessons: ["Keep exports"] });
  const exported = await (await page.request.get(`/postmortems/${existing}/export.json`)).text();
  const zip = zipSync({
    "runbook/dns-outage.md": strToU8(
      "# DNS outage in staging\n\n**Date:** 2026-02-03\n\n**Summary:** CoreDNS fell over.\n\n**Impact:** Lookups failed for 20 minutes.\n\n## Lessons learned\n\n- Watch CoreDNS memory\n",
    ),
    "runbook/exported.json": strToU8(exported),
    "runbook/broken.md": strToU8("---\ntitle: Broken one\nincidentDate: 2026-02-30\nseverity: catastrophic\n---\n\nText.\n"),
  });
  await page.goto(`/teams/${team.slug}/import`);
  await page.getByLabel("Files", { exact: true }).setInputFiles({ name: "runbook.zip", mimeType: "application/zip", buffer: Buffer.from(zip) });
  await page.getByLabel(/Import nothing if any file has a problem/).check();
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(page.getByText("3 files: 2 ready, 1 with problems.")).toBeVisible();
  // The preview shows the narrative fields it parsed, so they can be checked before importing.
  const ready = page.getByRole("listitem", { name: "runbook.zip/runbook/dns-outage.md" });
  await expect(ready.getByRole("definition").filter({ hasText: "Lookups failed for 20 minutes." })).toBeVisible();
  const bad = page.getByRole("listitem", { name: "runbook.zip/runbook/broken.md" });
  await expect(bad.getByText("Has problems")).toBeVisible();
  await expect(bad.getByRole("listitem").filter({ hasText: "incidentDate" })).toBeVisible();
  await expect(bad.getByRole("listitem").filter({ hasText: "severity" })).toBeVisible();
  await expect(page.getByText(/Nothing will be imported while a file has problems/)).toBeVisible();
  await expect(page.getByRole("button", { name: /^Import \d/ })).toHaveCount(0);

  await page.getByLabel(/Import nothing if any file has a problem/).uncheck();
  await page.getByRole("button", { name: "Preview" }).click();
  await page.getByRole("button", { name: "Import 2 drafts" }).click();
  await expect(page.getByRole("heading", { name: "Imported 2 drafts" })).toBeVisible();
  await expect(page.getByText(/runbook\.zip\/runbook\/broken\.md: not imported/)).toBeVisible();
  // The JSON export of an earlier draft came back as a new draft of its own.
  await page.getByRole("link", { name: "Exported earlier", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Exported earlier");
  expect(new URL(page.url()).pathname).not.toBe(`/postmortems/${existing}`);
  await page.goto(`/teams/${team.slug}`);
  await expect(page.getByRole("link", { name: "Exported earlier", exact: true })).toHaveCount(2);
  await page.getByRole("link", { name: "DNS outage in staging", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("DNS outage in staging");
});
