import { checkAtom } from "../test/atom-rules";
import { expect, filePublished, signIn, sqlite, test, unique } from "./support/fixtures";

const today = () => new Date().toISOString().slice(0, 10);

test("feeds: a newly published public story reaches the public feed, team-only ones only the team's token feed", async ({
  page,
  browser,
  request,
  world,
}) => {
  const lead = await world.user();
  const team = await world.team([{ user: lead, role: "lead" }]);
  const outsider = await world.user();
  const otherTeam = await world.team([{ user: outsider }]);
  await signIn(page, lead);
  const marker = unique();
  const filtered = "/feed.xml?severity=production&tag=snat";

  // Browse advertises the feed of exactly its view, and the feed is never served stale from the page cache.
  await page.goto("/postmortems?severity=production&tag=snat&page=1");
  await expect(page.locator('head link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute("href", filtered);
  await expect(page.getByRole("link", { name: "Atom feed of these results" })).toHaveAttribute("href", filtered);
  const before = await request.get(filtered);
  expect(before.headers()["content-type"]).toContain("application/atom+xml");
  expect(await before.text()).not.toContain(marker);

  const publicStory = await filePublished(page, team.id, { title: `Public feed ${marker}`, visibility: "public", incidentDate: today() });
  await filePublished(page, team.id, { title: `Team-only feed ${marker}`, incidentDate: today() });

  const after = await request.get(filtered);
  expect(after.status()).toBe(200);
  const publicFeed = checkAtom(await after.text());
  expect(publicFeed.problems).toEqual([]);
  const entry = publicFeed.entries.find((e) => e.title === `Public feed ${marker}`);
  expect(entry?.link).toMatch(new RegExp(`/postmortems/${publicStory.slug}$`));
  expect(entry?.categories.map((c) => c.term)).toEqual(expect.arrayContaining(["production", "snat"]));
  expect(publicFeed.entries.some((e) => e.title.includes(`Team-only feed ${marker}`))).toBe(false);
  // Filters apply: the story is not in a feed for another tier; the unfiltered feed is newest first.
  expect(await (await request.get("/feed.xml?severity=trivial")).text()).not.toContain(marker);
  expect((await request.get("/feed.xml?severity=bogus")).status()).toBe(400);
  // An unchanged feed answers 304 to a reader that sends its ETag.
  const etag = after.headers()["etag"] ?? "";
  expect((await request.get(filtered, { headers: { "if-none-match": etag } })).status()).toBe(304);

  // The team feed: a member makes a feed link on the team page; it opens the feed without a session.
  await page.goto(`/teams/${team.slug}`);
  const feedForm = page.getByRole("form", { name: "Create your feed link" });
  await feedForm.getByRole("button", { name: "Create feed link" }).click();
  const link = await page.getByRole("textbox", { name: /Feed link/ }).inputValue();
  const token = new URL(link, "http://x").searchParams.get("token")!;
  const teamFeedUrl = `/teams/${team.slug}/feed.xml?token=${encodeURIComponent(token)}`;
  const teamFeed = checkAtom(await (await request.get(teamFeedUrl)).text());
  expect(teamFeed.problems).toEqual([]);
  expect(teamFeed.entries.map((e) => e.title)).toEqual(expect.arrayContaining([`Public feed ${marker}`, `Team-only feed ${marker}`]));
  expect(await (await request.get(teamFeedUrl)).text()).not.toContain(token);

  // Another team's member, a wrong token and a token for another team's address all get 404.
  const outsiderContext = await browser.newContext();
  const outsiderPage = await outsiderContext.newPage();
  await signIn(outsiderPage, outsider);
  await outsiderPage.goto(`/teams/${otherTeam.slug}`);
  await outsiderPage.getByRole("button", { name: "Create feed link" }).click();
  const outsiderLink = await outsiderPage.getByRole("textbox", { name: /Feed link/ }).inputValue();
  const outsiderToken = new URL(outsiderLink, "http://x").searchParams.get("token")!;
  expect((await request.get(`/teams/${otherTeam.slug}/feed.xml?token=${encodeURIComponent(outsiderToken)}`)).status()).toBe(200);
  expect((await request.get(`/teams/${team.slug}/feed.xml?token=${encodeURIComponent(outsiderToken)}`)).status()).toBe(404);
  expect((await request.get(`/teams/${team.slug}/feed.xml?token=pmf_wrong`)).status()).toBe(404);
  expect((await request.get(`/teams/${team.slug}/feed.xml`)).status()).toBe(404);
  // Leaving the team closes the feed: the token is the member's, not the team's.
  sqlite.prepare(`DELETE FROM "Membership" WHERE "userId" = ?`).run(outsider.id);
  expect((await request.get(`/teams/${otherTeam.slug}/feed.xml?token=${encodeURIComponent(outsiderToken)}`)).status()).toBe(404);
  await outsiderContext.close();

  // Revoking it (on a phone-sized screen) closes the feed at once.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  await expect(page.getByRole("form", { name: "Replace your feed link" })).toBeVisible();
  await page.getByRole("button", { name: "Revoke feed link" }).click();
  await expect(page.getByRole("form", { name: "Create your feed link" })).toBeVisible();
  expect((await request.get(teamFeedUrl)).status()).toBe(404);
});
