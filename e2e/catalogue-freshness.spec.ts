import type { APIRequestContext } from "@playwright/test";
import { api, expect, filePostmortem, PUBLISHABLE, signIn, test, unique } from "./support/fixtures";

// The catalogue index is shared by every reader and kept current from the database's change log. These check
// that a write reaches other readers on their very next request, and that visibility is applied per reader.

const totalFor = async (request: APIRequestContext, query: string) => {
  const response = await request.get(`/api/v1/postmortems?${query}`);
  expect(response.status()).toBe(200);
  return ((await response.json()) as { total: number }).total;
};

test("publishing, unpublishing and archiving reach anonymous readers on their next request", async ({ page, browser, world }) => {
  const lead = await world.user();
  const team = await world.team([{ user: lead, role: "lead" }]);
  await signIn(page, lead);
  const word = `zebrafish${unique()}`;
  const title = `Catalogue freshness ${word}`;
  const { slug } = await filePostmortem(page, team.id, { ...PUBLISHABLE, title, visibility: "public", platform: "aks" });

  const anonymous = await browser.newContext();
  const reader = await anonymous.newPage();
  const query = `q=${word}`;
  expect(await totalFor(reader.request, query)).toBe(0); // a draft is the team's

  expect((await api(page).post(`/api/v1/postmortems/${slug}/publish`)).status()).toBe(200);
  expect(await totalFor(reader.request, query)).toBe(1);
  expect(await totalFor(reader.request, `${query}&tag=snat&platform=aks`)).toBe(1); // facets agree
  await reader.goto(`/postmortems?${query}`);
  await expect(reader.getByRole("link", { name: title })).toBeVisible();
  await reader.goto("/postmortems?platform=aks&sort=newest");
  await expect(reader.getByRole("link", { name: title })).toBeVisible();

  expect((await api(page).post(`/api/v1/postmortems/${slug}/unpublish`, { data: { reason: "Needs a legal review." } })).status()).toBe(200);
  expect(await totalFor(reader.request, query)).toBe(0);
  await reader.goto(`/postmortems?${query}`);
  await expect(reader.getByRole("link", { name: title })).toHaveCount(0);
  expect((await reader.request.get(`/api/v1/postmortems/${slug}`)).status()).toBe(404);

  expect((await api(page).post(`/api/v1/postmortems/${slug}/publish`)).status()).toBe(200);
  expect(await totalFor(reader.request, query)).toBe(1);
  expect((await api(page).post(`/api/v1/postmortems/${slug}/archive`)).status()).toBe(200);
  expect(await totalFor(reader.request, query)).toBe(0);
  await reader.goto("/postmortems?platform=aks&sort=newest");
  await expect(reader.getByRole("link", { name: title })).toHaveCount(0);
  await anonymous.close();
});

test("a team-only story never reaches an outsider through a listing, a count or the API, and its author sees it at once", async ({
  page,
  browser,
  world,
}) => {
  test.slow(); // two readers, eight pages, each page prefetching its links
  const lead = await world.user();
  const outsider = await world.user();
  const team = await world.team([{ user: lead, role: "lead" }]);
  await world.team([{ user: outsider, role: "lead" }]);
  await signIn(page, lead);
  const word = `okapi${unique()}`;
  const title = `Team only ${word}`;
  const { slug } = await filePostmortem(page, team.id, { ...PUBLISHABLE, title, visibility: "team" });
  expect((await api(page).post(`/api/v1/postmortems/${slug}/publish`)).status()).toBe(200);

  // The team sees its own write on the next request, in search and in facet counts.
  expect(await totalFor(page.request, `q=${word}`)).toBe(1);
  await page.goto(`/postmortems?q=${word}`);
  await expect(page.getByRole("link", { name: title })).toBeVisible();

  const anonymous = await browser.newContext();
  const outsiderContext = await browser.newContext();
  const outsiderPage = await outsiderContext.newPage();
  await signIn(outsiderPage, outsider);
  for (const reader of [await anonymous.newPage(), outsiderPage]) {
    expect(await totalFor(reader.request, `q=${word}`)).toBe(0);
    expect(await totalFor(reader.request, `q=${word}&tag=snat`)).toBe(0);
    expect((await reader.request.get(`/api/v1/postmortems/${slug}`)).status()).toBe(404);
    for (const path of [`/postmortems?q=${word}`, "/postmortems?tag=snat&sort=newest", "/", "/tags/snat"]) {
      await reader.goto(path);
      await expect(reader.getByRole("heading", { level: 1 })).toBeVisible();
      await expect(reader.getByRole("link", { name: title })).toHaveCount(0);
    }
    const detail = await reader.goto(`/postmortems/${slug}`);
    expect(detail?.status()).toBe(404);
  }
  await anonymous.close();
  await outsiderContext.close();
});

test("a lead's tagging count in the header follows tagging", async ({ page, world }) => {
  const lead = await world.user();
  const team = await world.team([{ user: lead, role: "lead" }]);
  await signIn(page, lead);
  const { slug } = await filePostmortem(page, team.id, { title: `Untagged ${unique()}` });
  await page.goto("/review");
  await expect(page.getByRole("link", { name: "Tagging (1)" })).toBeVisible();
  const response = await api(page).put(`/api/v1/postmortems/${slug}/tags`, { data: { tags: ["snat", "dns-policy"] } });
  expect(response.status(), await response.text()).toBe(200);
  await page.reload();
  await expect(page.getByRole("link", { name: "Tagging (0)" })).toBeVisible();
});
