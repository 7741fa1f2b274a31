import { expectNoAxeViolations } from "./support/axe";
import type { Page } from "@playwright/test";
import { captureAction, replay } from "./support/actions";
import { api, expect, signIn, test, unique } from "./support/fixtures";

const JETSTACK = "An unresponsive OPA webhook stalls a GKE master upgrade";

test("checklists link to the stories behind each control, and stories link back", async ({ page }) => {
  await page.goto("/checklists");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Checklists");
  await page.getByRole("link", { name: "Admission webhooks" }).click();
  const item = page.getByRole("article", { name: /excludes kube-system/ });
  await expect(item).toContainText("Check with kubectl");
  await item.getByRole("link", { name: JETSTACK }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(JETSTACK);

  const violated = page.getByRole("region", { name: "Checklist items this story violated" });
  await expect(violated.getByRole("listitem")).not.toHaveCount(0);
  await violated.getByRole("link", { name: /excludes kube-system/ }).click();
  await expect(page).toHaveURL(/\/checklists\/admission-webhooks#exclude-kube-system$/);

  const api = await (await page.request.get("/api/v1/checklists/admission-webhooks")).json();
  expect(api.items.find((i: { key: string }) => i.key === "exclude-kube-system").postmortems.map((p: { slug: string }) => p.slug)).toContain(
    "jetstack-2019-opa-webhook-gke-upgrade",
  );
  const record = await (await page.request.get("/api/v1/postmortems/jetstack-2019-opa-webhook-gke-upgrade")).json();
  expect(record.checklistItems).toContainEqual(expect.objectContaining({ checklist: "admission-webhooks", key: "exclude-kube-system" }));
  const list = await (await page.request.get("/api/v1/checklists")).json();
  expect(list.items.length).toBeGreaterThanOrEqual(6);
  expect(list.items.reduce((n: number, c: { itemCount: number }) => n + c.itemCount, 0)).toBeGreaterThanOrEqual(40);
  expect((await page.request.get("/api/v1/checklists/no-such-list")).status()).toBe(404);
});

test("the exposure page for GKE + OPA ranks the Jetstack story first, as a shareable link", async ({ page }) => {
  await page.goto("/exposure");
  await page.getByRole("radio", { name: "GKE" }).check();
  await page.getByRole("checkbox", { name: "OPA / Gatekeeper" }).check();
  await page.getByRole("button", { name: "Show my exposure" }).click();
  await expect(page).toHaveURL(/\/exposure\?platform=gke&admission=opa$/);
  const stories = page.getByRole("list", { name: "Matching stories, best first" }).getByRole("listitem");
  await expect(stories.first()).toContainText(JETSTACK);
  const controls = page.getByRole("list", { name: "Controls, most relevant first" });
  await expect(controls.getByRole("listitem").first()).toContainText("Admission webhooks");

  // The same link, opened fresh, gives the same answer; odd values are reported, not fatal.
  await page.goto("/exposure?platform=gke&admission=opa&cni=<script>");
  await expect(page.getByRole("alert").filter({ hasText: "were ignored" })).toContainText("cni");
  await expect(stories.first()).toContainText(JETSTACK);
});

async function startRun(page: Page, target: string) {
  await page.goto("/checklists/admission-webhooks");
  const form = page.getByRole("form", { name: "Start a run" });
  await form.getByLabel("Target").fill(target);
  await form.getByRole("button", { name: "Start run" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Admission webhooks: ${target}`);
  return Number(new URL(page.url()).pathname.split("/")[2]);
}

const statusGroup = (page: Page, control: RegExp) => page.getByRole("radiogroup", { name: control });

test("two people fill one run at once and nothing is lost; the same item conflicts visibly", async ({ page, browser, world }) => {
  test.setTimeout(90_000);
  const alice = await world.user({ name: `Alice ${unique()}` });
  const bob = await world.user({ name: `Bob ${unique()}` });
  await world.team([{ user: alice, role: "lead" }, { user: bob }]);
  await signIn(page, alice);
  const target = `prod-eu ${unique()}`;
  const runId = await startRun(page, target);

  const bobContext = await browser.newContext();
  const bobPage = await bobContext.newPage();
  await signIn(bobPage, bob);
  await bobPage.goto(`/runs/${runId}`);

  // Both answer different items at the same time.
  await Promise.all([
    statusGroup(page, /excludes kube-system/)
      .getByRole("radio", { name: "Not done" })
      .check(),
    statusGroup(bobPage, /liveness probe/)
      .getByRole("radio", { name: "Done", exact: true })
      .check(),
    bobPage.getByRole("textbox", { name: /Note: The webhook's backend/ }).fill("Probe added in #412"),
  ]);
  await page.getByRole("textbox", { name: /Owner: Every validating/ }).fill("alice");
  await expect(page.getByRole("status").filter({ hasText: "All answers saved." })).toBeVisible();
  await expect(bobPage.getByRole("status").filter({ hasText: "All answers saved." })).toBeVisible();

  // Each sees the other's answer without reloading, and a reload shows both.
  await expect(statusGroup(page, /liveness probe/).getByRole("radio", { name: "Done", exact: true })).toBeChecked({ timeout: 15_000 });
  await expect(statusGroup(bobPage, /excludes kube-system/).getByRole("radio", { name: "Not done" })).toBeChecked({ timeout: 15_000 });
  await page.reload();
  await expect(statusGroup(page, /excludes kube-system/).getByRole("radio", { name: "Not done" })).toBeChecked();
  await expect(page.getByRole("textbox", { name: /Owner: Every validating/ })).toHaveValue("alice");
  await expect(page.getByRole("textbox", { name: /Note: The webhook's backend/ })).toHaveValue("Probe added in #412");
  await expect(page.getByTestId("progress")).toContainText("2 of 6 answered");

  // The failed item is listed with the incident that shows why it matters.
  const failed = page.getByRole("region", { name: "Not done, and why it matters" });
  await expect(failed).toContainText("excludes kube-system");
  await expect(failed.getByRole("link", { name: JETSTACK })).toBeVisible();

  // Both change the same item from the same starting version: the second one gets a conflict and keeps their text.
  await bobPage.reload();
  await page.getByRole("textbox", { name: /Note: Each webhook's failurePolicy/ }).fill("Fail, 10s — agreed with security");
  await expect(page.getByRole("status").filter({ hasText: "All answers saved." })).toBeVisible();
  await bobPage.getByRole("textbox", { name: /Note: Each webhook's failurePolicy/ }).fill("Ignore, 5s");
  const conflict = bobPage.getByRole("alert").filter({ hasText: "changed this item while you were editing" });
  await expect(conflict).toContainText(alice.name);
  await expect(conflict).toContainText("Fail, 10s — agreed with security");
  await expect(bobPage.getByRole("textbox", { name: /Note: Each webhook's failurePolicy/ })).toHaveValue("Ignore, 5s");
  await conflict.getByRole("button", { name: "Keep mine" }).click();
  await expect(conflict).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole("textbox", { name: /Note: Each webhook's failurePolicy/ })).toHaveValue("Ignore, 5s");

  // Markdown export.
  const exported = await page.request.get(`/runs/${runId}/export`);
  expect(exported.headers()["content-type"]).toContain("text/markdown");
  const markdown = await exported.text();
  expect(markdown).toContain(`# Admission webhooks — ${target}`);
  expect(markdown).toContain("## Not done");
  expect(markdown).toContain("/postmortems/jetstack-2019-opa-webhook-gke-upgrade");
  await bobContext.close();
});

test("comparing two runs shows what changed", async ({ page, world }) => {
  const lead = await world.user();
  await world.team([{ user: lead, role: "lead" }]);
  await signIn(page, lead);
  const first = await startRun(page, `january ${unique()}`);
  await statusGroup(page, /excludes kube-system/)
    .getByRole("radio", { name: "Not done" })
    .check();
  await expect(page.getByRole("status").filter({ hasText: "All answers saved." })).toBeVisible();
  const second = await startRun(page, `june ${unique()}`);
  await statusGroup(page, /excludes kube-system/)
    .getByRole("radio", { name: "Done", exact: true })
    .check();
  await expect(page.getByRole("status").filter({ hasText: "All answers saved." })).toBeVisible();

  await page.getByLabel("Compare with", { exact: true }).selectOption(String(first));
  await page.getByRole("button", { name: "Compare" }).click();
  await expect(page).toHaveURL(new RegExp(`/runs/${second}/compare\\?with=${first}$`));
  await expect(page.getByRole("status")).toHaveText("1 of 6 items changed.");
  const row = page.getByRole("row", { name: /excludes kube-system/ });
  await expect(row).toContainText("Not done");
  await expect(row).toContainText("Done");
  await expectNoAxeViolations(page, "run comparison");
});

test("team B cannot see team A's runs", async ({ page, browser, world }) => {
  const memberA = await world.user();
  const memberB = await world.user();
  await world.team([{ user: memberA }]);
  await world.team([{ user: memberB, role: "lead" }]);
  await signIn(page, memberA);
  const target = `secret-cluster-${unique()}`;
  const runId = await startRun(page, target);
  await statusGroup(page, /excludes kube-system/)
    .getByRole("radio", { name: "Done", exact: true })
    .check();
  await expect(page.getByRole("status").filter({ hasText: "All answers saved." })).toBeVisible();

  const contextB = await browser.newContext();
  const pageB = await contextB.newPage();
  await signIn(pageB, memberB);
  expect((await pageB.goto(`/runs/${runId}`))?.status()).toBe(404);
  expect((await pageB.request.get(`/api/v1/runs/${runId}`)).status()).toBe(404);
  expect((await pageB.request.get(`/runs/${runId}/export`)).status()).toBe(404);
  await pageB.goto("/checklists/admission-webhooks");
  await expect(pageB.getByRole("complementary", { name: "Runs" })).not.toContainText(target);
  const anonymous = await browser.newContext();
  const anon = await anonymous.newPage();
  expect((await anon.request.get(`/api/v1/runs/${runId}`)).status()).toBe(404);

  // Writing is refused the same way: team A's own save request, replayed with team B's session.
  const marker = `replayed-${unique()}`;
  const save = await captureAction(page, marker, () => page.getByRole("textbox", { name: /Note: Every validating/ }).fill(marker));
  expect((await replay(pageB, save)).body).toMatch(/"status":404/);
  expect((await replay(anon, save)).body).toMatch(/"status":401/);
  await page.goto(`/runs/${runId}`);
  await expect(page.getByRole("textbox", { name: /Note: Every validating/ })).toHaveValue("");
  await Promise.all([contextB.close(), anonymous.close()]);
});

test("runs can be started and answered through the API, with the same rules", async ({ page, browser, world }) => {
  const member = await world.user();
  const outsider = await world.user();
  const team = await world.team([{ user: member }]);
  await world.team([{ user: outsider, role: "lead" }]);
  await signIn(page, member);
  const created = await api(page).post("/api/v1/runs", { data: { checklist: "node-os", teamId: team.id, target: "api cluster" } });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: number };
  const run = await (await page.request.get(`/api/v1/runs/${id}`)).json();
  const itemId = run.items[0].id as number;

  const answer = (data: Record<string, unknown>) => api(page).post(`/api/v1/runs/${id}/answers`, { data: { itemId, ...data } });
  expect((await answer({ status: "done", owner: "ops", baseVersion: 0 })).status()).toBe(200);
  const stale = await answer({ status: "not_done", baseVersion: 0 });
  expect(stale.status()).toBe(409);
  expect((await stale.json()).current.answer).toMatchObject({ status: "done", owner: "ops", version: 1 });
  const invalid = await answer({ status: "maybe", baseVersion: 1 });
  expect(invalid.status()).toBe(400);
  expect(Object.keys((await invalid.json()).fields)).toEqual(["status"]);
  expect((await api(page).post(`/api/v1/runs/${id}/answers`, { data: "[1,2]", headers: { "content-type": "application/json" } })).status()).toBe(400);

  const context = await browser.newContext();
  const other = await context.newPage();
  await signIn(other, outsider);
  expect((await api(other).post(`/api/v1/runs/${id}/answers`, { data: { itemId, status: "not_done", baseVersion: 1 } })).status()).toBe(404);
  expect((await api(other).post("/api/v1/runs", { data: { checklist: "node-os", teamId: team.id, target: "not mine" } })).status()).toBe(403);
  await context.close();
});
