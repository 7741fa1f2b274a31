import { expectNoAxeViolations } from "./support/axe";
import { api, expect, signIn, sqlite, test, unique } from "./support/fixtures";

const suggestionsOf = (userId: number) =>
  sqlite.prepare(`SELECT id, status, urlKey FROM "Suggestion" WHERE createdById = ?`).all(userId) as { id: number; status: string; urlKey: string }[];

test.afterEach(() => {
  // Accepted suggestions become app-owned listed entries that no fixture owns: remove this run's.
  sqlite.exec(`DELETE FROM "Postmortem" WHERE origin = 'app' AND slug LIKE 'suggested-e2e-%'`);
});

test("a suggestion goes from the form to an admin's decision, and the suggester sees the outcome", async ({ page, browser, world }) => {
  const reader = await world.user();
  const admin = await world.user({ admin: true });
  const id = unique();
  await signIn(page, reader);
  await page.goto("/suggest");
  const form = page.getByRole("form", { name: "Suggest a story" });
  const fill = async (url: string, title: string) => {
    await form.getByLabel("Link to the postmortem").fill(url);
    await form.getByLabel("Title").fill(title);
    await form.getByLabel("Organisation").fill(`E2E ${id}`);
    await form.getByLabel("Year published").fill("2021");
    await form.getByLabel("Why it matters").fill("It shows how a quota change took down ingress.");
    await form.getByRole("button", { name: "Send suggestion" }).click();
  };
  const mine = page.getByRole("region", { name: "Your suggestions" });
  await expect(mine.getByText("You have not suggested a story yet.")).toBeVisible();
  await expectNoAxeViolations(page, "/suggest");
  await fill(`https://blog.example.com/${id}/accept-me`, `Accept me ${id}`);
  await expect(mine.getByRole("listitem")).toHaveCount(1);
  await fill(`https://blog.example.com/${id}/decline-me`, `Decline me ${id}`);
  await expect(mine.getByRole("listitem")).toHaveCount(2);
  await expect(page.getByRole("status").filter({ hasText: "Thank you" })).toBeVisible();
  // The same link again, spelled differently, is refused beside the link field, and what was typed stays.
  await fill(`http://www.blog.example.com/${id}/accept-me/?utm_source=news&fbclid=abc#top`, `Again ${id}`);
  await expect(form.getByText("Someone has already suggested this link")).toBeVisible();
  await expect(form.getByLabel("Title")).toHaveValue(`Again ${id}`);
  await page.reload();
  await expect(mine.getByRole("listitem")).toHaveCount(2);
  await expect(mine.getByText("pending")).toHaveCount(2);

  const adminPage = await (await browser.newContext()).newPage();
  await signIn(adminPage, admin);
  await adminPage.goto("/");
  await adminPage.getByRole("button", { name: /^Account:/ }).click();
  await adminPage.getByRole("group", { name: "Your account" }).getByRole("link", { name: "Suggestions" }).click();
  await expect(adminPage).toHaveURL(/\/admin\/suggestions$/);
  await expectNoAxeViolations(adminPage, "/admin/suggestions");
  const accept = adminPage.getByRole("listitem").filter({ hasText: `Accept me ${id}` });
  await accept.getByRole("button", { name: `Accept “Accept me ${id}”` }).click();
  // Decided suggestions leave the pending list.
  await expect(accept).toHaveCount(0);
  const decline = adminPage.getByRole("listitem").filter({ hasText: `Decline me ${id}` });
  await decline.getByLabel("Reason for declining").fill("Not about Kubernetes.");
  await decline.getByRole("button", { name: "Decline", exact: true }).click();
  await expect(decline).toHaveCount(0);
  await adminPage.goto("/admin/suggestions?status=accepted");
  await expect(adminPage.getByRole("listitem").filter({ hasText: `Accept me ${id}` })).toBeVisible();

  // The accepted one is listed publicly, with its marker and link; the reader sees both outcomes.
  await page.goto(`/postmortems?q=${encodeURIComponent(`"Accept me ${id}"`)}&coverage=listed`);
  const card = page.getByRole("region", { name: "Postmortems" }).getByRole("article");
  await expect(card).toHaveCount(1);
  await expect(card).toContainText("Suggested by a reader, not yet retold");
  await card.getByRole("link", { name: `Accept me ${id}` }).click();
  await expect(page.getByRole("link", { name: "Read the original" })).toHaveAttribute("href", `https://blog.example.com/${id}/accept-me`);
  await page.goto("/suggest");
  await expect(mine.getByRole("listitem").filter({ hasText: `Accept me ${id}` })).toContainText("accepted");
  await expect(mine.getByRole("listitem").filter({ hasText: `Decline me ${id}` })).toContainText("Reason: Not about Kubernetes.");
  expect(
    suggestionsOf(reader.id)
      .map((s) => s.status)
      .sort(),
  ).toEqual(["accepted", "declined"]);
  // Once listed, the link is a duplicate of a story, not of a suggestion.
  const again = await api(page).post("/api/v1/suggestions", {
    data: { url: `https://blog.example.com/${id}/accept-me`, title: "x", organization: "x", year: 2021, why: "Worth it, really." },
  });
  expect(again.status()).toBe(409);
  expect((await again.json()).fields.url[0]).toMatch(/already has this story/);
});

test("the API refuses links the atlas already has, however they are spelled", async ({ page, world }) => {
  const reader = await world.user();
  await signIn(page, reader);
  const suggest = (url: string) =>
    api(page).post("/api/v1/suggestions", { data: { url, title: "A story", organization: "Org", year: 2019, why: "Because it matters a lot." } });
  // A retold story's source (it cites https://updates.moonlightwork.com/outage-post-mortem-87370).
  const retold = await suggest("http://www.updates.moonlightwork.com/outage-post-mortem-87370/?utm_campaign=x&gclid=1#comments");
  expect(retold.status()).toBe(409);
  expect((await retold.json()).fields.url[0]).toMatch(/already has this story: .*\(retold\)/);
  // A listed entry's link.
  const listed = await suggest("https://YouTube.com/watch?t=0s&index=3&list=PLuHdbqhRgWHJg9eOFCl5dgLvVjd_DFz8O&v=Fjyg7cxRZQs&utm_medium=x");
  expect(listed.status()).toBe(409);
  expect((await listed.json()).fields.url[0]).toMatch(/\(listed\)/);
  // Bad input is a clear 400, never a 500.
  const bad = await api(page).post("/api/v1/suggestions", { data: { url: "javascript:alert(1)", title: "", year: 1800, why: "short" } });
  expect(bad.status()).toBe(400);
  expect(Object.keys((await bad.json()).fields).sort()).toEqual(["organization", "title", "url", "why", "year"]);
  // A new link is accepted and listed as the caller's own.
  const fresh = await suggest(`https://example.org/postmortems/${unique()}`);
  expect(fresh.status()).toBe(201);
  const mine = await (await page.request.get("/api/v1/suggestions")).json();
  expect(mine).toMatchObject({ total: 1, items: [{ status: "pending", declineReason: null, postmortem: null }] });
  expect(suggestionsOf(reader.id)).toHaveLength(1);
});

test("only admins see suggestions; the list is for signed-in callers", async ({ page, world, playwright }) => {
  const reader = await world.user();
  await signIn(page, reader);
  await page.goto("/admin/suggestions");
  await expect(page.getByText("Only admins decide which suggested stories the atlas lists.")).toBeVisible();
  await page.goto("/");
  await page.getByRole("button", { name: /^Account:/ }).click();
  const menu = page.getByRole("group", { name: "Your account" });
  await expect(menu.getByRole("link", { name: "Suggest a story" })).toBeVisible();
  await expect(menu.getByRole("link", { name: "Suggestions", exact: true })).toHaveCount(0);
  const anonymous = await playwright.request.newContext({ baseURL: new URL(page.url()).origin });
  expect((await anonymous.get("/api/v1/suggestions")).status()).toBe(401);
  expect((await anonymous.post("/api/v1/suggestions", { data: {} })).status()).toBe(401);
  await anonymous.dispose();
});
