import { expectNoAxeViolationsInBothSchemes } from "./support/axe";
import { api, expect, filePublished, signIn, test, unique } from "./support/fixtures";

test("similar stories appear while typing a DNS postmortem; linking one shows a count on the public story, never the title", async ({
  browser,
  page,
  world,
}) => {
  test.setTimeout(120_000);
  const word = `zqdns${unique()}`;
  // Another team's public story, so the journey does not depend on the shipped catalogue.
  const otherLead = await world.user();
  const otherTeam = await world.team([{ user: otherLead, role: "lead" }]);
  const otherPage = await (await browser.newContext()).newPage();
  await signIn(otherPage, otherLead);
  const story = await filePublished(otherPage, otherTeam.id, {
    title: `CoreDNS ${word} meltdown`,
    summary: `Resolution failed everywhere: ${word}.`,
    rootCause: "ndots:5 sent every lookup through five search domains.",
    tags: ["dns-client-resolver"],
    components: ["coredns"],
    visibility: "public",
  });

  const author = await world.user();
  await world.team([{ user: author }]);
  await signIn(page, author);
  await page.goto("/new");
  const panel = page.getByRole("complementary", { name: "Similar stories" });
  await expect(panel.getByRole("status")).toContainText("Type a title");
  const secretTitle = `Payments DNS ${word} secret ${unique()}`;
  await page.getByLabel("Title").fill(secretTitle);
  const suggestion = panel
    .getByRole("list", { name: "Suggested stories" })
    .getByRole("listitem")
    .filter({ hasText: `CoreDNS ${word} meltdown` });
  await expect(suggestion).toBeVisible();
  await expect(suggestion).toContainText(`mentions ${word}`);
  // Tags and root cause change the suggestions too, with the reason.
  await page.getByLabel("Root cause").fill("CoreDNS was overloaded by ndots lookups.");
  await expect(suggestion).toContainText("Why:");

  // Once the draft has saved itself, the author links the suggestion.
  await expect(page).toHaveURL(/\/postmortems\/.+\/edit$/);
  await suggestion.getByRole("button", { name: /Link: looks like this/ }).click();
  await expect(suggestion.getByRole("button", { name: /Linked: looks like this/ })).toHaveAttribute("aria-pressed", "true");
  const slug = new URL(page.url()).pathname.split("/")[2]!;
  await expectNoAxeViolationsInBothSchemes(page, "suggestions panel", { include: "aside" });

  // The team postmortem shows the story it looks like; the story lists the team postmortem among related, for the team.
  await page.goto(`/postmortems/${slug}`);
  await expect(page.getByRole("region", { name: "Looks like" }).getByRole("link", { name: `CoreDNS ${word} meltdown` })).toBeVisible();
  await page.goto(`/postmortems/${story.slug}`);
  await expect(page.getByText("1 team postmortem resembles this")).toBeVisible();
  await expect(page.getByRole("region", { name: "Related postmortems" }).getByRole("link", { name: secretTitle })).toBeVisible();

  // Everyone else sees the count, never the title.
  const anonymous = await (await browser.newContext()).newPage();
  await anonymous.goto(`/postmortems/${story.slug}`);
  await expect(anonymous.getByText("1 team postmortem resembles this")).toBeVisible();
  expect(await anonymous.content()).not.toContain(secretTitle);
  const record = await anonymous.request.get(`/api/v1/postmortems/${story.slug}`);
  expect(await record.text()).not.toContain(secretTitle);

  // Unlinking takes the count away again; a bad query is a clear 400.
  expect((await api(page).delete(`/api/v1/postmortems/${slug}/looks-like/${story.slug}`)).status()).toBe(200);
  await anonymous.reload();
  await expect(anonymous.getByText(/resembles? this/)).toHaveCount(0);
  const bad = await anonymous.request.get(`/api/v1/similar?tag=Not%20A%20Slug`);
  expect(bad.status()).toBe(400);
});
