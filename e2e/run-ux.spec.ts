import type { Page } from "@playwright/test";
import { api, expect, signIn, test } from "./support/fixtures";

async function newRun(page: Page, teamId: number) {
  const created = await api(page).post("/api/v1/runs", { data: { checklist: "admission-webhooks", teamId, target: "staging cluster" } });
  expect(created.status()).toBe(201);
  return ((await created.json()) as { id: number }).id;
}

test("items start not answered, apart from an explicit unknown, in counts, filter and export", async ({ page, world }) => {
  const member = await world.user();
  const team = await world.team([{ user: member }]);
  await signIn(page, member);
  const id = await newRun(page, team.id);
  await page.goto(`/runs/${id}`);
  const progress = page.getByTestId("progress");
  await expect(progress).toContainText(/^0 of (\d+) answered \(0%\)/);
  const total = Number((await progress.textContent())!.match(/^0 of (\d+)/)![1]);
  await expect(progress).toContainText(`unknown 0 · not answered ${total}`);
  await expect(page.getByRole("radio", { checked: true })).toHaveCount(0);

  const first = page.getByRole("radiogroup", { name: /excludes kube-system/ });
  await first.getByRole("radio", { name: "Unknown" }).check();
  await expect(page.getByRole("status").filter({ hasText: "All answers saved." })).toBeVisible();
  await expect(progress).toContainText(`1 of ${total} answered`);
  await expect(progress).toContainText(`unknown 1 · not answered ${total - 1}`);

  const items = page.getByRole("region", { name: "Items" });
  await items.getByLabel("Show").selectOption("unanswered");
  await expect(items.getByRole("listitem").filter({ has: page.getByRole("radiogroup") })).toHaveCount(total - 1);
  await expect(items.getByRole("radiogroup", { name: /excludes kube-system/ })).toHaveCount(0);
  await items.getByLabel("Show").selectOption("unknown");
  await expect(items.getByRole("radiogroup")).toHaveCount(1);

  const exported = await (await page.request.get(`/runs/${id}/export`)).text();
  expect(exported).toContain(`**1 of ${total} answered`);
  expect(exported).toContain(`unknown 1, not answered ${total - 1}.`);
  expect(exported).toMatch(/\| Every validating[^|]*\| Unknown \|/);
  expect(exported).toContain("| Not answered |");

  // An answer given by mistake can be cleared again.
  await items.getByRole("button", { name: /Clear answer: .*excludes kube-system/ }).click();
  await expect(page.getByRole("status").filter({ hasText: "All answers saved." })).toBeVisible();
  await expect(progress).toContainText(`0 of ${total} answered`);
  await expect(items.getByText(/No items are unknown/)).toBeVisible();
});

test("each run item shows how to check it, with a copy button", async ({ page, context, world }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const member = await world.user();
  const team = await world.team([{ user: member }]);
  await signIn(page, member);
  const id = await newRun(page, team.id);
  const checklist = await (await page.request.get("/api/v1/checklists/admission-webhooks")).json();
  const check = checklist.items.find((i: { key: string }) => i.key === "exclude-kube-system").check.code as string;
  await page.goto(`/runs/${id}`);
  const item = page.getByRole("listitem").filter({ has: page.getByRole("radiogroup", { name: /excludes kube-system/ }) });
  await item.getByText("How to check").click();
  const snippet = item.getByRole("code").or(item.locator("pre"));
  await expect(snippet.first()).toContainText(check.split("\n")[0]!.trim());
  await item.getByRole("button", { name: "Copy" }).click();
  await expect(item.getByText("Copied", { exact: true }).first()).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(check);
});

test("the API can clear an answer with unanswered, and refuses other values", async ({ page, world }) => {
  const member = await world.user();
  const team = await world.team([{ user: member }]);
  await signIn(page, member);
  const id = await newRun(page, team.id);
  const run = await (await page.request.get(`/api/v1/runs/${id}`)).json();
  expect(run.items[0].answer.status).toBe("unanswered");
  const itemId = run.items[0].id as number;
  const answer = (data: Record<string, unknown>) => api(page).post(`/api/v1/runs/${id}/answers`, { data: { itemId, ...data } });
  expect((await answer({ status: "unknown", baseVersion: 0 })).status()).toBe(200);
  const cleared = await answer({ status: "unanswered", note: "asked the wrong cluster", baseVersion: 1 });
  expect(cleared.status()).toBe(200);
  expect((await cleared.json()).answer).toMatchObject({ status: "unanswered", note: "asked the wrong cluster", version: 2 });
});

test("checklist code blocks wrap on a phone, copy, and tag pills look like the other chips", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/checklists/admission-webhooks");
  const item = page.getByRole("article", { name: /excludes kube-system/ });
  const pre = item.locator("pre");
  expect(await pre.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  const text = await pre.textContent();
  await item.getByRole("button", { name: "Copy" }).click();
  await expect(item.getByText("Copied", { exact: true }).first()).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
  const pill = item.getByRole("list", { name: "Tags" }).getByRole("link").first();
  expect(await pill.evaluate((el) => getComputedStyle(el).textDecorationLine)).toBe("none");
});
