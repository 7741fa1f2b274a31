import { expect, filePostmortem, signIn, test } from "./support/fixtures";

const TABLE = "| Metric | Before | During |\n|---|---:|---:|\n| p99 | 300 ms | 9 s |\n| errors | 0.1% | 34% |";

test("tables in the story are styled, and At a glance fields render inline Markdown safely", async ({ page, world }) => {
  const member = await world.user();
  const team = await world.team([{ user: member }]);
  await signIn(page, member);
  const { slug } = await filePostmortem(page, team.id, {
    title: "Rendering check",
    body: `## Numbers\n\n${TABLE}\n`,
    impact: "Pods stuck in `CrashLoopBackOff` for **40 minutes**.",
    rootCause: "`maxSurge: 0` and <script>window.__xss=1</script> [a link](javascript:alert(1))",
    resolution: "Set `maxUnavailable` back; see [the runbook](https://runbooks.example.com/rollouts).",
  });
  await page.goto(`/postmortems/${slug}`);

  const story = page.getByRole("region", { name: "The story" });
  const table = story.getByRole("table");
  await expect(table.getByRole("columnheader", { name: "Metric" })).toBeVisible();
  await expect(table.getByRole("cell", { name: "9 s" })).toBeVisible();
  const cell = table.getByRole("cell", { name: "9 s" });
  expect(await cell.evaluate((el) => getComputedStyle(el).borderTopWidth)).toBe("1px");
  expect(Number.parseFloat(await cell.evaluate((el) => getComputedStyle(el).paddingLeft))).toBeGreaterThan(4);
  expect(await cell.evaluate((el) => getComputedStyle(el).textAlign)).toMatch(/right$/);
  expect(await table.getByRole("columnheader", { name: "Metric" }).evaluate((el) => getComputedStyle(el).fontWeight)).toBe("600");

  const glance = page.getByRole("region", { name: "At a glance" });
  await expect(glance.locator("code", { hasText: "CrashLoopBackOff" })).toBeVisible();
  await expect(glance.locator("strong", { hasText: "40 minutes" })).toBeVisible();
  await expect(glance.getByRole("link", { name: "the runbook" })).toHaveAttribute("href", "https://runbooks.example.com/rollouts");
  await expect(glance).not.toContainText("`");
  // Sanitised exactly like the narrative: raw HTML is text, unsafe links lose their address.
  await expect(glance).toContainText("<script>window.__xss=1</script>");
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  await expect(glance.getByRole("link", { name: "a link" })).toHaveCount(0);
});

test("a wide table scrolls inside the story on a phone instead of widening the page", async ({ page, world }) => {
  const member = await world.user();
  const team = await world.team([{ user: member }]);
  await signIn(page, member);
  const wide = `| ${Array.from({ length: 9 }, (_, i) => `Column number ${i}`).join(" | ")} |\n|${"---|".repeat(9)}\n| ${Array.from({ length: 9 }, () => "a value").join(" | ")} |`;
  const { slug } = await filePostmortem(page, team.id, { body: wide });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/postmortems/${slug}`);
  const table = page.getByRole("region", { name: "The story" }).getByRole("table");
  await expect(table).toBeVisible();
  expect(await table.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});
