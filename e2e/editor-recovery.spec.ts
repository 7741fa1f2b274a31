import { editFreshDraft, editorReady, saveStatus as status } from "./support/editor";
import { api, expect, filePostmortem, signIn, test } from "./support/fixtures";

test("an invalid field never holds back the others, and its text comes back after a reload", async ({ page, world }) => {
  const { slug } = await editFreshDraft(page, world, { title: "Recovery draft" });
  await expect(status(page, "No unsaved changes.")).toBeVisible();

  const sources = page.getByRole("region", { name: "Sources" });
  await sources.getByRole("button", { name: "+ Add source" }).click();
  await sources.getByRole("textbox", { name: "Source title" }).fill("Grafana board");
  await sources.getByRole("textbox", { name: "Source URL" }).fill("grafana.internal/d/42");
  await page.getByLabel("Impact").fill("Checkout failed for 12% of users for 40 minutes.");
  // The impact saves; the source waits for a valid address and stays in this browser.
  await expect(status(page, /fix the highlighted fields\. Everything else was saved at/)).toBeVisible({ timeout: 15_000 });
  await expect(sources.getByText("Enter a full http:// or https:// address.")).toBeVisible();
  const saved = await (await page.request.get(`/api/v1/postmortems/${slug}`)).json();
  expect(saved.impact).toBe("Checkout failed for 12% of users for 40 minutes.");
  expect(saved.sources).toEqual([]);

  await page.reload();
  await expect(page.getByLabel("Impact")).toHaveValue("Checkout failed for 12% of users for 40 minutes.");
  const offer = page.getByRole("region", { name: "This browser has text that was not saved" });
  await expect(offer).toBeVisible();
  // The save bar agrees with the offer below it, rather than saying nothing is unsaved.
  await expect(status(page, "This browser has text that was not saved: restore it or discard it below.")).toBeVisible();
  await expect(offer.locator("ins", { hasText: "grafana.internal/d/42" })).toBeVisible();
  await expect(offer).not.toContainText("Checkout failed");
  await offer.getByRole("button", { name: "Restore my unsaved text" }).click();
  await expect(offer).toBeHidden();
  await expect(sources.getByRole("textbox", { name: "Source URL" })).toHaveValue("grafana.internal/d/42");
  await expect(status(page, "fix the highlighted fields")).toBeVisible({ timeout: 15_000 });

  // Fixing it saves it, and then nothing is left to offer.
  await sources.getByRole("textbox", { name: "Source URL" }).fill("https://grafana.internal/d/42");
  await expect(status(page, "All changes saved.")).toBeVisible({ timeout: 15_000 });
  await page.reload();
  await expect(sources.getByRole("textbox", { name: "Source URL" })).toHaveValue("https://grafana.internal/d/42");
  await expect(page.getByRole("region", { name: "This browser has text that was not saved" })).toHaveCount(0);
});

test("a local copy can be discarded, and only then is it gone", async ({ page, world }) => {
  await editFreshDraft(page, world, { title: "Discard draft" });
  await page.getByLabel("Kubernetes version (optional)").fill("latest");
  await expect(status(page, "fix the highlighted fields")).toBeVisible({ timeout: 15_000 });

  await page.reload();
  const offer = page.getByRole("region", { name: "This browser has text that was not saved" });
  await expect(offer).toContainText("latest");
  await page.reload();
  await expect(offer, "offered again until the user decides").toBeVisible();
  await offer.getByRole("button", { name: "Discard it" }).click();
  await expect(offer).toBeHidden();
  await page.reload();
  await expect(page.getByLabel("Kubernetes version (optional)")).toHaveValue("");
  await expect(offer).toHaveCount(0);
});

test("the API saves the valid fields of a PATCH and names the ones it refused", async ({ page, world }) => {
  const member = await world.user();
  const team = await world.team([{ user: member }]);
  await signIn(page, member);
  const { slug, version } = await filePostmortem(page, team.id);
  const response = await api(page).patch(`/api/v1/postmortems/${slug}`, {
    data: { baseVersion: version, impact: "Saved despite the bad source", sources: [{ title: "x", url: "javascript:alert(1)" }] },
  });
  expect(response.status()).toBe(400);
  const body = await response.json();
  expect(body).toMatchObject({ error: "invalid_input", saved: ["impact"], version: version + 1 });
  expect(Object.keys(body.fields)).toEqual(["sources.0.url"]);
  expect((await (await page.request.get(`/api/v1/postmortems/${slug}`)).json()).impact).toBe("Saved despite the bad source");

  const ok = await api(page).patch(`/api/v1/postmortems/${slug}`, { data: { baseVersion: version + 1, detection: "An alert" } });
  expect(ok.status()).toBe(200);
  expect(await ok.json()).toMatchObject({ saved: ["detection"], changed: ["detection"], version: version + 2 });
});

test("incident dates in the future are refused in the form and the API", async ({ page, world }) => {
  const member = await world.user();
  const team = await world.team([{ user: member }]);
  await signIn(page, member);
  const inFiveDays = new Date(Date.now() + 5 * 86_400_000).toISOString().slice(0, 10);
  const created = await api(page).post("/api/v1/postmortems", { data: { teamId: team.id, title: "From the future", incidentDate: inFiveDays } });
  expect(created.status()).toBe(400);
  expect((await created.json()).fields.incidentDate).toEqual(["The incident date is in the future. Enter the day it happened."]);

  const { slug } = await filePostmortem(page, team.id);
  await page.goto(`/postmortems/${slug}/edit`);
  await editorReady(page);
  const date = page.getByLabel("Incident date");
  await date.fill(inFiveDays);
  await expect(page.getByText("The incident date is in the future. Enter the day it happened.")).toBeVisible();
  await expect(date).toHaveAttribute("aria-invalid", "true");
  // Today is fine wherever the filer is.
  await date.fill(new Date().toISOString().slice(0, 10));
  await expect(status(page, "All changes saved.")).toBeVisible({ timeout: 15_000 });
});

test("rows added and not yet typed in are not flagged, and the rest of their list still saves", async ({ page, world }) => {
  const { slug } = await editFreshDraft(page, world, { title: "Blank rows draft" });
  const lessons = page.getByRole("region", { name: "Lessons" });
  await lessons.getByRole("button", { name: "+ Add lesson" }).click();
  await lessons.getByRole("textbox").first().fill("Alert on SERVFAIL rates");
  await expect(status(page, "All changes saved.")).toBeVisible({ timeout: 15_000 });
  const timeline = page.getByRole("region", { name: "Timeline" });
  await timeline.getByRole("button", { name: "+ Add event" }).click();
  await lessons.getByRole("button", { name: "+ Add lesson" }).click();
  await lessons.getByRole("textbox").first().fill("Alert on SERVFAIL rates per zone");
  const saved = async () => (await (await page.request.get(`/api/v1/postmortems/${slug}`)).json()) as { lessons: string[]; timeline: unknown[] };
  await expect.poll(async () => (await saved()).lessons, { timeout: 15_000 }).toEqual(["Alert on SERVFAIL rates per zone"]);
  expect((await saved()).timeline).toEqual([]);
  await expect(status(page, "All changes saved.")).toBeVisible({ timeout: 15_000 });
  await expect(page.getByText("Say what happened.")).toHaveCount(0);
  await expect(page.getByText("Write the lesson or remove it.")).toHaveCount(0);
});
