import { strToU8, zipSync } from "fflate";
import { api, expect, signIn, test, unique } from "./support/fixtures";
import { collectDialogs, expectInert } from "./support/inert";
import { XSS_PAYLOADS } from "./support/xss-payloads";

// Imported text is untrusted: every payload, in every field a template or a JSON record can fill, stays inert.
// Two halves, so the corpus is spread over the test workers.
const HALF = Math.ceil(XSS_PAYLOADS.length / 2);
for (const first of [0, HALF]) {
  test(`importing XSS payloads ${first + 1}–${Math.min(first + HALF, XSS_PAYLOADS.length)} (Markdown templates and JSON records) executes nothing`, async ({
    page,
    world,
  }) => {
    // About 90 s on a quiet two-core machine; 2.4 min when it runs at half speed.
    test.setTimeout(360_000);
    const dialogs = collectDialogs(page);
    const member = await world.user();
    const team = await world.team([{ user: member }]);
    await signIn(page, member);
    const marker = `ixss${unique()}`;
    const files = XSS_PAYLOADS.slice(first, first + HALF).map((payload, n) => {
      const i = first + n;
      return i % 2 === 0
        ? {
            name: `${i}.md`,
            text: `# ${`${marker} ${i} ${payload}`.slice(0, 200)}\n\n**Date:** 2026-01-01\n\n**Summary:** ${payload}\n\n## Impact\n\n${payload}\n\n## Root cause\n\n${payload}\n\n## Timeline\n\n- 10:00 ${payload}\n\n## Lessons learned\n\n- ${payload}\n\n## Action items\n\n- [ ] ${payload}\n\n## ${payload}\n\n${payload}\n`,
          }
        : {
            name: `${i}.json`,
            text: JSON.stringify({
              title: `${marker} ${i} ${payload}`.slice(0, 200),
              incidentDate: "2026-01-01",
              summary: payload,
              trigger: payload,
              resolution: payload,
              timeline: [{ at: payload.slice(0, 60), description: payload }],
              lessons: [payload],
              sources: [{ title: payload, url: "https://example.com/" }],
              environment: payload,
              body: `${payload}\n\n> ${payload}`,
            }),
          };
    });

    // The preview page shows names, titles and notes from the files: inert too.
    await page.goto(`/teams/${team.slug}/import`);
    const zip = zipSync(Object.fromEntries(files.slice(0, 20).map((f) => [f.name, strToU8(f.text)])));
    await page.getByLabel("Files", { exact: true }).setInputFiles({ name: "xss.zip", mimeType: "application/zip", buffer: Buffer.from(zip) });
    await page.getByRole("button", { name: "Preview" }).click();
    await expect(page.getByText(/^20 files:/)).toBeVisible();
    await expectInert(page, dialogs, "import preview");

    const slugs: string[] = [];
    const response = await api(page).post("/api/v1/imports", { data: { teamId: team.id, files } });
    expect(response.status()).toBe(201);
    const body = (await response.json()) as { files: { name: string; draft: { slug: string } | null; problems: unknown[] }[] };
    for (const file of body.files) {
      expect(file.problems, file.name).toEqual([]);
      slugs.push(file.draft!.slug);
    }
    expect(slugs).toHaveLength(files.length);
    for (const [n, slug] of slugs.entries()) {
      await page.goto(`/postmortems/${slug}`);
      await expect(page.getByRole("heading", { level: 1 })).toContainText(`${marker} ${first + n}`);
      await expectInert(page, dialogs, `imported ${first + n}: ${XSS_PAYLOADS[first + n]}`);
    }
  });
}
