import { expect, test } from "@playwright/test";
import { catalogue, showing, totalOf } from "./support/catalogue";

const LISTED = "k8saf-algolia-2019-how-to-kill-the-algolia-dashboard-during-black-friday";
const ALGOLIA_URL = "https://www.youtube.com/watch?v=Fjyg7cxRZQs&list=PLuHdbqhRgWHJg9eOFCl5dgLvVjd_DFz8O&index=3&t=0s";

test("the coverage facet separates retold stories from entries only listed", async ({ page, request }) => {
  const listed = await totalOf(request, "coverage=listed");
  expect(listed).toBeGreaterThan(0);
  await page.goto("/postmortems");
  const coverage = page.getByRole("form", { name: "Filter postmortems" }).getByRole("group", { name: "Coverage" });
  await coverage.getByRole("checkbox", { name: /^Listed, not yet retold/ }).check();
  await expect(page).toHaveURL(/coverage=listed/);
  await expect(page.getByRole("status")).toHaveText(showing(listed));
  const cards = page.getByRole("region", { name: "Postmortems" }).getByRole("article");
  await expect(cards.first()).toBeVisible();
  // Every card on the page carries the marker.
  await expect(cards.filter({ hasNotText: /not yet retold/ })).toHaveCount(0);
  await page.getByRole("link", { name: "Remove coverage filter Listed, not yet retold" }).click();
  await expect(page.getByRole("status")).toHaveText(showing(await totalOf(request)));
});

test("a listed entry shows its marker, what the list says and the original link, and nothing invented", async ({ page }) => {
  await page.goto(`/postmortems/${LISTED}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "How to kill the Algolia dashboard during Black Friday or How not to use Kubernetes",
  );
  await expect(page.getByText("Listed on k8s.af, not yet retold")).toBeVisible();
  await expect(page.getByRole("link", { name: "Read the original" })).toHaveAttribute("href", ALGOLIA_URL);
  const asListed = page.getByRole("region", { name: "As listed" });
  await expect(asListed.getByText("high latency, timeouts")).toBeVisible();
  await expect(asListed.getByRole("list", { name: "Involved, as listed" }).getByRole("listitem")).toHaveText(["GKE", "Jobs", "overload"]);
  await expect(page.getByText("no tier: the impact names no environment")).toBeVisible();
  for (const empty of ["Timeline", "Lessons", "At a glance", "The story", "Action items"]) {
    await expect(page.getByRole("region", { name: empty })).toHaveCount(0);
  }
  await expect(page.getByText("Root cause", { exact: true })).toHaveCount(0);
});

test("a listed entry whose link a retold story cites is that story, on the page and in the API", async ({ page, request }) => {
  // k8s.af links the Jetstack post without a trailing slash; the retold story cites it with one.
  await page.goto("/postmortems/k8saf-jetstack-2019-how-a-simple-admission-webhook-lead-to-a-cluster");
  await expect(page).toHaveURL(/\/postmortems\/jetstack-2019-opa-webhook-gke-upgrade$/);
  const api = await request.get("/api/v1/postmortems/k8saf-jetstack-2019-how-a-simple-admission-webhook-lead-to-a-cluster", { maxRedirects: 0 });
  expect(api.status()).toBe(308);
  expect(api.headers().location).toMatch(/\/api\/v1\/postmortems\/jetstack-2019-opa-webhook-gke-upgrade$/);
  // It is not listed a second time.
  const jetstack = await catalogue(request, "q=jetstack&pageSize=100");
  expect(jetstack.items.map((i) => i.slug)).not.toContain("k8saf-jetstack-2019-how-a-simple-admission-webhook-lead-to-a-cluster");
});

test("the API gives every item its coverage, and listed records their list facts", async ({ request }) => {
  const listed = await catalogue(request, "coverage=listed&pageSize=100");
  expect(listed.items.every((i) => i.coverage === "listed")).toBe(true);
  expect(listed.items.find((i) => i.slug === LISTED)).toMatchObject({ coverage: "listed", impact: "high latency, timeouts", summary: "" });
  const record = await (await request.get(`/api/v1/postmortems/${LISTED}`)).json();
  expect(record).toMatchObject({
    coverage: "listed",
    rootCause: "",
    lessons: [],
    timeline: [],
    involved: ["GKE", "Jobs", "overload"],
    tierRule: "no tier: the impact names no environment",
    sources: [{ url: ALGOLIA_URL }],
  });
  const retold = await catalogue(request, "coverage=retold&pageSize=100");
  expect(retold.items.every((i) => i.coverage === "retold")).toBe(true);
});

test("search finds listed entries by their involved terms, retold stories first on a tie", async ({ request }) => {
  const hits = await catalogue(request, "q=kube2iam&pageSize=100");
  expect(hits.items.map((i) => i.slug)).toContain("k8saf-datadog-2019-10-ways-to-shoot-yourself-in-the-foot-with-kubernetes");
  expect(hits.items.every((i) => i.snippet)).toBe(true);
});
