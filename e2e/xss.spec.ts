import type { Page } from "@playwright/test";
import { api, expect, signIn, test, unique } from "./support/fixtures";
import { collectDialogs, expectInert } from "./support/inert";
import { XSS_PAYLOADS } from "./support/xss-payloads";

test("the corpus has at least 100 payloads", () => {
  expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(100);
});

// Four chunks so the corpus is spread over the test workers.
const CHUNKS = 4;
for (let chunk = 0; chunk < CHUNKS; chunk++) {
  const size = Math.ceil(XSS_PAYLOADS.length / CHUNKS);
  const payloads = XSS_PAYLOADS.slice(chunk * size, (chunk + 1) * size);
  test(`XSS payloads ${chunk * size + 1}–${chunk * size + payloads.length} in every text field never execute and are shown as text`, async ({
    page,
    world,
  }) => {
    await checkPayloads(page, world, payloads);
  });
}

async function checkPayloads(page: Page, world: Parameters<Parameters<typeof test>[2]>[0]["world"], XSS_PAYLOADS: string[]) {
  // About 80 s on a quiet two-core machine; up to 3 min when it runs at half speed.
  test.setTimeout(360_000);
  const dialogs = collectDialogs(page);
  const lead = await world.user();
  const team = await world.team([{ user: lead, role: "lead" }]);
  await signIn(page, lead);
  const marker = `xss${unique()}`;

  const slugs: string[] = [];
  for (let start = 0; start < XSS_PAYLOADS.length; start += 10) {
    const batch = XSS_PAYLOADS.slice(start, start + 10).map(async (payload, offset) => {
      const i = start + offset;
      const response = await api(page).post("/api/v1/postmortems", {
        data: {
          teamId: team.id,
          visibility: "public",
          title: `${marker} ${i} ${payload}`.slice(0, 200),
          incidentDate: "2026-01-01",
          summary: payload,
          impact: payload,
          trigger: payload,
          rootCause: payload,
          detection: payload,
          resolution: payload,
          // Exact times make each story a timed one, so that insights lists its title in a data table.
          timeline: [
            { at: payload.slice(0, 60), time: "2026-01-01T10:00Z", description: payload, marker: "trigger" },
            { at: "later", time: "2026-01-01T10:30Z", description: payload, marker: "detection" },
          ],
          lessons: [payload],
          actionItems: [{ type: "prevent", description: payload, owner: payload.slice(0, 100), status: "open" }],
          sources: [{ title: payload, url: `https://example.com/?q=${encodeURIComponent(payload)}` }],
          body: `# ${payload}\n\n${payload}\n\n> ${payload}\n\n- ${payload}\n\n\`${payload}\`\n\n${payload}`,
        },
      });
      expect(response.status(), `${payload}: ${await response.text()}`).toBe(201);
      slugs[i] = ((await response.json()) as { slug: string }).slug;
    });
    await Promise.all(batch);
  }

  for (const [i, payload] of XSS_PAYLOADS.entries()) {
    await page.goto(`/postmortems/${slugs[i]}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${marker} ${i} ${payload}`.slice(0, 200));
    // At a glance fields are inline Markdown: a payload without Markdown syntax reads back exactly as typed, and
    // any payload produces nothing but the inline allow-list, with only http(s)/mailto links.
    const impact = page.getByRole("region", { name: "At a glance" }).getByRole("definition").first();
    if (!/[[\]`*_~\\&]|^\s*([#>+-]|\d+\.)|<[a-z]+:/im.test(payload)) await expect(impact).toHaveText(payload);
    const markup = await impact.evaluate((dd) =>
      [...dd.querySelectorAll("*")].map((el) => `${el.tagName.toLowerCase()} ${el.getAttribute("href") ?? ""}`),
    );
    for (const element of markup) expect(element, payload).toMatch(/^(span|code|em|strong|del|br) $|^a (https?:\/\/|mailto:|$)/);
    await expectInert(page, dialogs, `detail ${i}: ${payload}`);
  }

  await page.goto(`/postmortems?q=${marker}&pageSize=100`);
  await expect(page.getByRole("status")).toContainText(`of ${XSS_PAYLOADS.length} postmortems`);
  await expectInert(page, dialogs, "search results");

  // Insights draws its charts and data tables as strings of markup (lib/html/markup.ts): the titles stay text.
  await page.goto(`/insights?q=${marker}`);
  const figure = page.getByRole("figure", { name: "Time to detect, mitigate and resolve" });
  await figure.getByText("Show data").click();
  const timed = figure.getByRole("table", { name: "Time to detect, mitigate and resolve per story" });
  await expect(timed.getByRole("link").first()).toBeVisible();
  const titles = await timed.getByRole("link").allTextContents();
  const words = (text: string) => text.replace(/\s+/g, " ").trim();
  const expected = new Set(XSS_PAYLOADS.map((payload, i) => words(`${marker} ${i} ${payload}`.slice(0, 200))));
  for (const title of titles) expect(expected.has(words(title)), title).toBe(true);
  await expectInert(page, dialogs, "insights");

  for (let i = 0; i < XSS_PAYLOADS.length; i += 5) {
    await page.goto(`/postmortems/${slugs[i]}/edit`);
    await expect(page.getByLabel("Impact")).toHaveValue(XSS_PAYLOADS[i]!);
    await expect(page.getByRole("region", { name: "Preview" }).locator(".prose")).toBeVisible();
    await expectInert(page, dialogs, `editor ${i}`);
    await page.goto(`/postmortems/${slugs[i]}/history`);
    await expectInert(page, dialogs, `history ${i}`);
  }

  const listed = await page.request.get(`/api/v1/postmortems?q=${marker}&pageSize=100`);
  for (const item of ((await listed.json()) as { items: { snippet: string }[] }).items) {
    expect(item.snippet.replace(/<\/?mark>/g, "")).not.toMatch(/<[a-z!/]/i);
  }
}
