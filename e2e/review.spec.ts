import { database } from "./support/database";
import { api, expect, filePostmortem, filePublished, PUBLISHABLE, signIn, test, unique } from "./support/fixtures";

const statusOf = async (slug: string) =>
  (await database.get<{ status: string }>(`SELECT "status" AS status FROM "Postmortem" WHERE "slug" = ?`, slug))!.status;

test("member files and submits, lead sends back, member fixes, lead tags and publishes; readers find it with its tags", async ({
  page,
  browser,
  world,
}) => {
  test.setTimeout(90_000);
  const member = await world.user({ name: `Mina ${unique()}` });
  const lead = await world.user({ name: `Lee ${unique()}` });
  const team = await world.team([{ user: member }, { user: lead, role: "lead" }]);
  const marker = `review${unique()}`;
  await signIn(page, member);
  const { slug } = await filePostmortem(page, team.id, {
    title: `CoreDNS outage ${marker}`,
    summary: "CoreDNS pods were evicted and lookups failed.",
    severity: "production",
  });

  // The member submits the draft for review.
  await page.goto(`/postmortems/${slug}`);
  await expect(page.getByRole("region", { name: "Review: Draft" })).toContainText("Write the root cause.");
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.getByRole("region", { name: /Review: In review/ })).toBeVisible();
  await expect(page.getByRole("link", { name: "Edit", exact: true })).toHaveCount(0);

  // The lead finds it in the review queue, oldest first, with a count in the navigation.
  const leadContext = await browser.newContext();
  const leadPage = await leadContext.newPage();
  await signIn(leadPage, lead);
  await leadPage.goto("/");
  await expect(leadPage.getByRole("navigation", { name: "Lead tools" }).getByRole("link", { name: /^Review \(\d+\)$/ })).toHaveText("Review (1)");
  await leadPage.getByRole("link", { name: "Review (1)" }).click();
  await leadPage
    .getByRole("list", { name: "Waiting for review" })
    .getByRole("link", { name: `CoreDNS outage ${marker}` })
    .click();

  // Publishing is refused with exactly what is missing; the lead sends it back instead.
  await leadPage.getByRole("button", { name: "Publish" }).click();
  await expect(leadPage.getByRole("region", { name: /Review:/ }).getByRole("alert")).toContainText(
    "Not ready to publish. Add at least one root-cause tag (it sets the category). Write the root cause. Add at least one lesson.",
  );
  expect(await statusOf(slug)).toBe("in_review");
  await leadPage.getByText("Send back with a comment").click();
  await leadPage.getByLabel("What needs to change").fill("Please write the **root cause** and one lesson.");
  await leadPage.getByRole("button", { name: "Send back", exact: true }).click();
  await expect(leadPage.getByRole("region", { name: "Review: Draft" })).toBeVisible();

  // The member sees the comment, fixes the draft and submits again.
  await page.reload();
  await expect(page.getByRole("note")).toContainText(`${lead.name} sent this back:`);
  await expect(page.getByRole("note")).toContainText("Please write the root cause and one lesson.");
  await expect(page.getByRole("note").locator("strong")).toHaveText("root cause"); // Markdown, rendered as in the comments
  await page.getByRole("link", { name: "Edit", exact: true }).click();
  await page.getByLabel("Root cause").fill("CoreDNS had no resource requests and was evicted under memory pressure.");
  const lessons = page.getByRole("region", { name: "Lessons" });
  await lessons.getByRole("button", { name: "+ Add lesson" }).click();
  await lessons.getByRole("textbox", { name: "Lesson" }).fill("Give CoreDNS requests and a PodDisruptionBudget.");
  await page.getByRole("button", { name: "Save now" }).click();
  await expect(page.getByRole("status").filter({ hasText: "All changes saved." })).toBeVisible();
  await page.goto(`/postmortems/${slug}`);
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.getByRole("region", { name: /Review: In review/ })).toBeVisible();

  // The lead tags it with the keyboard, takes a suggestion from the text, makes it public and publishes.
  await leadPage.goto(`/postmortems/${slug}`);
  await leadPage.getByRole("link", { name: "Edit tags" }).click();
  const tagBox = leadPage.getByRole("combobox", { name: "Add a tag" });
  await tagBox.fill("SNAT");
  await expect(leadPage.getByRole("option", { name: /SNAT/ })).toContainText("Source NAT rewrote pod addresses");
  await tagBox.press("Enter");
  await tagBox.fill("dns");
  await tagBox.press("ArrowDown");
  await tagBox.press("Enter");
  await expect(leadPage.getByRole("list", { name: "Chosen tags" }).getByRole("listitem")).toHaveCount(2);
  await leadPage.getByRole("button", { name: /\+ CoreDNS/ }).click();
  await expect(leadPage.getByRole("list", { name: "Chosen components" })).toContainText("CoreDNS");
  await leadPage.getByRole("button", { name: "Save tags" }).click();
  await expect(leadPage.getByRole("status")).toHaveText("Tags saved.");
  const tags = (
    await database.all<{ slug: string }>(
      `SELECT t."slug" AS slug FROM "PostmortemTag" pt JOIN "Tag" t ON t."id" = pt."tagId" JOIN "Postmortem" p ON p."id" = pt."postmortemId" WHERE p."slug" = ? ORDER BY t."slug"`,
      slug,
    )
  ).map((r) => r.slug);
  expect(tags).toContain("snat");
  expect(tags).toHaveLength(2);

  const version = (await database.get<{ version: number }>(`SELECT "version" AS version FROM "Postmortem" WHERE "slug" = ?`, slug))!.version;
  expect((await api(leadPage).patch(`/api/v1/postmortems/${slug}`, { data: { baseVersion: version, visibility: "public" } })).status()).toBe(200);
  await leadPage.goto(`/postmortems/${slug}`);
  await leadPage.getByRole("button", { name: "Publish" }).click();
  await expect(leadPage.getByRole("region", { name: "Review: Published" })).toContainText(`Published by ${lead.name}`);
  // A second publish (a double click, a stale tab) says why it is refused.
  const again = await api(leadPage).post(`/api/v1/postmortems/${slug}/publish`);
  expect(again.status()).toBe(403);
  expect((await again.json()).message).toBe("It is published, so it cannot be published.");

  // Anyone now finds it in browse and search, filtered by its new tag.
  const anonymous = await browser.newContext();
  const anon = await anonymous.newPage();
  await anon.goto(`/postmortems?q=${marker}&tag=snat`);
  await expect(anon.getByRole("status")).toHaveText("Showing 1–1 of 1 postmortem");
  await anon.getByRole("link", { name: `CoreDNS outage ${marker}` }).click();
  await expect(anon.getByText(`Published by ${lead.name} on`)).toBeVisible();
  await expect(anon.getByRole("list", { name: "Root-cause tags" })).toContainText("SNAT");
  await expect(anon.getByRole("list", { name: "Components" })).toContainText("CoreDNS");
  await expect(anon.getByRole("button", { name: "Publish" })).toHaveCount(0);

  // Unpublishing returns it to draft with a reason, and it leaves public view.
  await leadPage.getByText("Unpublish with a reason").click();
  await leadPage.getByLabel("Reason (the team sees it)").fill("Legal asked us to hold it.");
  await leadPage.getByRole("button", { name: "Unpublish", exact: true }).click();
  await expect(leadPage.getByRole("region", { name: "Review: Draft" })).toBeVisible();
  expect((await anon.goto(`/postmortems/${slug}`))?.status()).toBe(404);
  await Promise.all([leadContext.close(), anonymous.close()]);
});

test("the tagging queue lists under-tagged postmortems and tags several at once", async ({ page, world }) => {
  const lead = await world.user();
  const team = await world.team([{ user: lead, role: "lead" }]);
  await signIn(page, lead);
  const marker = `bulk${unique()}`;
  const one = await filePostmortem(page, team.id, { title: `${marker} one` });
  const two = await filePostmortem(page, team.id, { title: `${marker} two`, tags: ["snat"] });
  const tagged = await filePostmortem(page, team.id, { title: `${marker} tagged`, tags: ["snat", "dns-policy"] });

  await page.goto("/review/tagging");
  const table = page.getByRole("table", { name: "Postmortems to tag" });
  await expect(table.getByRole("row", { name: new RegExp(`${marker} tagged`) })).toHaveCount(0);
  await page.getByRole("checkbox", { name: `${marker} one` }).check();
  await page.getByRole("checkbox", { name: `${marker} two` }).check();
  await page.getByRole("combobox", { name: "Tag" }).fill("ip address exh");
  await page.getByRole("option", { name: /IP address exhaustion/ }).click();
  await page.getByRole("button", { name: "Apply to selected" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Added tag IP address exhaustion to 2 postmortems." })).toBeVisible();
  // "two" now has two tags and leaves the queue; "one" has one and stays.
  await expect(page.getByRole("checkbox", { name: `${marker} two` })).toHaveCount(0);
  await expect(page.getByRole("checkbox", { name: `${marker} one` })).toBeVisible();

  await page.getByLabel("Change", { exact: true }).selectOption("remove");
  await page.getByRole("checkbox", { name: `${marker} one` }).check();
  await page.getByRole("button", { name: "Apply to selected" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Removed tag IP address exhaustion from 1 postmortem." })).toBeVisible();
  const count = async (slug: string) =>
    (await database.get<{ n: number }>(
      `SELECT CAST(count(*) AS INTEGER) AS n FROM "PostmortemTag" pt JOIN "Postmortem" p ON p."id" = pt."postmortemId" WHERE p."slug" = ?`,
      slug,
    ))!.n;
  expect([await count(one.slug), await count(two.slug), await count(tagged.slug)]).toEqual([0, 2, 2]);

  // Nothing selected: a clear error, nothing changes.
  await page.getByRole("button", { name: "Apply to selected" }).click();
  await expect(page.getByRole("form", { name: "Bulk tagging" }).getByRole("alert")).toHaveText("Select at least one postmortem.");
});

test("audit entries appear for leads of the team, and for no one else", async ({ page, browser, world }) => {
  const lead = await world.user();
  const otherLead = await world.user();
  const member = await world.user();
  const team = await world.team([{ user: lead, role: "lead" }, { user: member }]);
  await world.team([{ user: otherLead, role: "lead" }]);
  await signIn(page, lead);
  const { slug } = await filePublished(page, team.id, { title: `Audited ${unique()}`, ...PUBLISHABLE });

  await page.goto(`/admin/audit?subject=${slug}`);
  const rows = page.getByRole("table", { name: "Audit entries" }).getByRole("row");
  await expect(rows.filter({ hasText: "postmortem.publish" })).toContainText(lead.name);
  await expect(rows.filter({ hasText: "postmortem.create" })).toHaveCount(1);
  await page.getByLabel("Action").selectOption("postmortem.publish");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/action=postmortem.publish/);
  await expect(rows.filter({ hasText: slug })).toHaveCount(1);
  await expect(rows.filter({ hasText: "postmortem.create" })).toHaveCount(0);

  for (const [user, expected] of [
    [otherLead, "No entries match."],
    [member, null],
  ] as const) {
    const context = await browser.newContext();
    const other = await context.newPage();
    await signIn(other, user);
    await other.goto(`/admin/audit?subject=${slug}`);
    if (expected) await expect(other.getByRole("status")).toHaveText(expected);
    else await expect(other.getByText("You are neither.")).toBeVisible();
    await context.close();
  }
});

test("a lead's reason for unpublishing is shown as an unpublish, not as a send-back", async ({ page, world }) => {
  const lead = await world.user({ name: `Una Unpublish ${unique()}` });
  const team = await world.team([{ user: lead, role: "lead" }]);
  await signIn(page, lead);
  const { slug } = await filePublished(page, team.id);
  const response = await api(page).post(`/api/v1/postmortems/${slug}/unpublish`, { data: { reason: "The timeline needs **another** look." } });
  expect(response.status(), await response.text()).toBe(200);
  await page.goto(`/postmortems/${slug}`);
  const note = page.getByRole("note").filter({ hasText: "The timeline needs another look." });
  await expect(note).toContainText(`${lead.name} unpublished this:`);
  await expect(note).not.toContainText("sent this back");
});
