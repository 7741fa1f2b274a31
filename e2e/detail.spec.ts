import { expect, test } from "@playwright/test";

test("a postmortem page shows the whole structured story", async ({ page }) => {
  await page.goto("/postmortems/monzo-2017-linkerd-outage");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Linkerd, kube-apiserver and etcd take down Monzo payments");
  await expect(page.getByText("Houston, we have a problem in production")).toBeVisible();
  await expect(page.getByText("27 Oct 2017")).toBeVisible();
  await expect(page.getByText("~1 h 30 min")).toBeVisible();

  const glance = page.getByRole("region", { name: "At a glance" });
  for (const term of ["Impact", "Trigger", "Root cause", "Detection", "Resolution"]) {
    await expect(glance.getByRole("term").filter({ hasText: term })).toBeVisible();
  }

  const timeline = page.getByRole("region", { name: "Timeline" }).getByRole("listitem");
  // The slides' own sequence: restart at 14:26, pods stuck ~14:37, total outage ~15:13, cause found ~15:27, over ~15:31.
  await expect(timeline).toHaveCount(11);
  await expect(timeline.filter({ hasText: "14:10" })).toContainText("trigger");
  await expect(timeline.filter({ hasText: "14:26" })).toContainText("mitigation");
  await expect(timeline.filter({ hasText: "~15:31" })).toContainText("resolution");

  await expect(page.getByRole("region", { name: "Lessons" }).getByRole("listitem")).toHaveCount(4);
  await expect(page.getByRole("region", { name: "Action items" }).getByRole("row")).toHaveCount(4);
  await expect(page.getByRole("region", { name: "The story" }).getByRole("heading", { name: "Friday afternoon" })).toBeVisible();

  const source = page.getByRole("region", { name: "Sources" }).getByRole("link").first();
  await expect(source).toHaveAttribute("href", /^https:\/\/community\.monzo\.com\//);

  const related = page.getByRole("region", { name: "Related postmortems" }).getByRole("article");
  expect(await related.count()).toBeGreaterThan(0);
});

test("unconfirmed facts are called out, not stated as certain", async ({ page }) => {
  await page.goto("/postmortems/palark-redis-operator-data-loss");
  const caveats = page.getByRole("complementary", { name: "Not confirmed" });
  await expect(caveats).toContainText("original Palark article could not be found");
  await expect(page.getByText("The upstream issue was filed on 1 December 2019; the incident date itself is not confirmed.")).toBeVisible();
  await expect(page.getByRole("link", { name: "spotahome/redis-operator issue #205" }).first()).toHaveAttribute(
    "href",
    "https://github.com/spotahome/redis-operator/issues/205",
  );
});

test("tags and components on a story lead to their listings", async ({ page }) => {
  await page.goto("/postmortems/mindtickle-2020-eks-snat");
  await page.getByRole("list", { name: "Root-cause tags" }).getByRole("link", { name: /^SNAT/ }).click();
  await expect(page).toHaveURL(/\/tags\/snat$/);
  await expect(page.getByRole("heading", { level: 1, name: "SNAT" })).toBeVisible();
  // The k8s.af entries naming SNAT are listed here too.
  await expect(page.getByRole("article").filter({ hasText: "MindTickle" }).first()).toBeVisible();
  await page.getByRole("link", { name: "Networking" }).click();
  await expect(page).toHaveURL(/\/categories\/networking$/);
  await expect(
    page
      .getByRole("region", { name: /stories/ })
      .getByRole("article")
      .filter({ hasText: "missing packet" }),
  ).toHaveCount(1);
});

test("the component chip filters browse", async ({ page }) => {
  await page.goto("/postmortems/datadog-2023-multi-region-outage");
  await page.getByRole("link", { name: "Cilium", exact: true }).click();
  await expect(page).toHaveURL(/component=cilium/);
  await expect(page.getByRole("status")).toHaveText("Showing 1–1 of 1 postmortem");
});

test("unknown slugs give a 404 page with a way back", async ({ page }) => {
  for (const path of ["/postmortems/no-such-story", "/tags/no-such-tag", "/categories/no-such-category"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Browse postmortems" })).toBeVisible();
  }
});

test("tag and category indexes list the taxonomy with counts", async ({ page }) => {
  await page.goto("/tags");
  await expect(page.getByRole("region", { name: "Networking" }).getByRole("link", { name: "SNAT" })).toBeVisible();
  await page.goto("/categories");
  await expect(page.getByRole("heading", { level: 2, name: /Networking/ })).toContainText(/\d+ stor(y|ies)/);
  // The empty state shows on any category no story uses yet; which one that is changes as content grows.
  const totalFor = async (category: string) =>
    ((await (await page.request.get(`/api/v1/postmortems?category=${category}`)).json()) as { total: number }).total;
  const categories = ["storage", "dns", "observability", "service-mesh", "security", "node-os", "process-people"];
  const totals = await Promise.all(categories.map(totalFor));
  const empty = categories.find((_, i) => totals[i] === 0);
  await page.goto(`/categories/${empty ?? categories[0]}`);
  if (empty) await expect(page.getByText("No story in the atlas has this category yet.")).toBeVisible();
  else await expect(page.getByRole("heading", { level: 2, name: `${totals[0]} ${totals[0] === 1 ? "story" : "stories"}` })).toBeVisible();
});
