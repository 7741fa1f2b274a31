import { expect, test } from "@playwright/test";

const results = (page: import("@playwright/test").Page) => page.getByRole("region", { name: "Postmortems" });

test("search ranks matches and highlights the words that matched", async ({ page }) => {
  await page.goto("/postmortems?q=calico");
  await expect(page.getByRole("status")).toHaveText("Showing 1–1 of 1 postmortem");
  const card = results(page).getByRole("article");
  await expect(card.getByRole("heading")).toHaveText(/Pi-Day outage/);
  await expect(card.locator("mark").first()).toHaveText(/calico/i);
});

test("relevance puts the story about the term first", async ({ page }) => {
  await page.goto("/postmortems?q=webhook");
  // The first result card (a search may also show a "Debugging techniques" box, below the results).
  await expect(results(page).getByRole("article").first().getByRole("heading")).toHaveText(/OPA webhook/);
  await expect(page.getByRole("combobox", { name: "Sort" })).toHaveValue("relevance");
});

test("search combines with facets, and facet counts follow the search", async ({ page }) => {
  await page.goto("/postmortems?q=upgrade");
  const all = await results(page).getByRole("article").count();
  expect(all).toBeGreaterThan(1);
  const production = page
    .getByRole("group", { name: "Severity tier" })
    .getByRole("checkbox", { name: /Production/ })
    .first();
  await production.check();
  await expect(page).toHaveURL(/q=upgrade/);
  await expect(page).toHaveURL(/severity=/);
  expect(await results(page).getByRole("article").count()).toBeLessThanOrEqual(all);
});

test("prefixes, phrases and OR work", async ({ page }) => {
  await page.goto("/postmortems?q=kube*");
  await expect(page.getByRole("status")).toContainText("Showing");
  await page.goto(`/postmortems?q=${encodeURIComponent('"removed label"')}`);
  await expect(results(page).getByRole("article").filter({ hasText: "Reddit" })).toHaveCount(1);
  await page.goto("/postmortems?q=linkerd%20OR%20calico");
  await expect(
    results(page)
      .getByRole("article")
      .filter({ hasText: /Monzo|Reddit/ }),
  ).toHaveCount(2);
});

const oddQueries = [
  '"unbalanced',
  "((((",
  "AND OR NEAR",
  "*",
  "title:secret",
  "数据 丢失",
  "🔥",
  "'; DROP TABLE Postmortem; --",
  "<script>alert(1)</script>",
  "a".repeat(200),
];

test("odd queries return results or an empty state, never an error", async ({ page }) => {
  page.on("dialog", () => {
    throw new Error("a dialog opened");
  });
  for (const q of oddQueries) {
    const response = await page.goto(`/postmortems?q=${encodeURIComponent(q)}`);
    expect(response?.status(), q).toBe(200);
    await expect(page.getByRole("status"), q).toHaveText(/Showing|No postmortems match/);
  }
});

test("a query longer than 200 characters is refused with an explanation", async ({ page }) => {
  await page.goto(`/postmortems?q=${"a".repeat(201)}`);
  await expect(page.getByRole("alert").filter({ hasText: "Some filters in this link were ignored" })).toContainText(
    "q: must be at most 200 characters",
  );
});

test("punctuation-only searches explain that there was nothing to search for", async ({ page }) => {
  await page.goto(`/postmortems?q=${encodeURIComponent("()*")}`);
  await expect(page.getByText("Your search has no words to look for")).toBeVisible();
});

test("searching dns finds every DNS story, and the results page leads with them", async ({ page, request }) => {
  const total = async (query: string) => ((await (await request.get(`/api/v1/postmortems?${query}`)).json()) as { total: number }).total;
  const inCategory = await total("category=dns&coverage=retold");
  expect(inCategory).toBeGreaterThanOrEqual(2);
  expect(await total("q=dns&category=dns&coverage=retold")).toBe(inCategory);

  const listed = (await (await request.get("/api/v1/postmortems?category=dns&coverage=retold&pageSize=50")).json()) as { items: { title: string }[] };
  await page.goto("/postmortems?q=dns&category=dns&coverage=retold");
  for (const { title } of listed.items) await expect(results(page).getByRole("link", { name: title })).toBeVisible();
});

test("a story opened from results links back to those results, with the search and filters kept", async ({ page, browser }) => {
  await page.goto("/postmortems?q=upgrade&sort=newest");
  await results(page).getByRole("article").first().getByRole("heading").getByRole("link").click();
  await expect(page).toHaveURL(/\/postmortems\/[^/?]+$/);
  const story = page.url();
  const back = page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link");
  await expect(back).toHaveText("← Back to results");
  // A related story reached from this one was not opened from the results.
  await page.getByRole("region", { name: "Related postmortems" }).getByRole("article").first().getByRole("heading").getByRole("link").click();
  await expect(page).not.toHaveURL(story);
  await expect(back).toHaveText("← All postmortems");
  await page.goBack();
  await expect(page).toHaveURL(story);
  await expect(back).toHaveText("← Back to results");
  await back.click();
  await expect(page).toHaveURL(/\/postmortems\?q=upgrade&sort=newest$/);
  await expect(page.getByRole("combobox", { name: "Sort" })).toHaveValue("newest");

  // Reached any other way (a shared link in a new tab), the story links to the whole catalogue.
  const other = await browser.newPage();
  await other.goto(story);
  await expect(other.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link")).toHaveText("← All postmortems");
  await other.close();
});
