import { editorReady } from "./support/editor";
import { api, expect, filePostmortem, filePublished, PUBLISHABLE, signIn, test, unique } from "./support/fixtures";

test("a member files a structured postmortem that saves itself and reads back", async ({ page, world }) => {
  const member = await world.user();
  const team = await world.team([{ user: member }]);
  await signIn(page, member);
  await page.goto("/");
  await page.getByRole("link", { name: "New postmortem" }).click();
  const title = `Ingress melted ${unique()}`;
  await page.getByLabel("Title", { exact: true }).fill(title);
  await page.getByLabel("Incident date").fill("2026-03-02");
  await page.getByLabel("Start time (UTC, optional)").fill("09:30");
  await page.getByLabel("Duration in minutes (optional)").fill("95");
  await page.getByLabel("Severity tier").selectOption("production");
  await page.getByLabel("Platform").selectOption("eks");
  await page.getByLabel("Kubernetes version (optional)").fill("1.29");
  await page
    .getByRole("group", { name: /^Components/ })
    .getByLabel("CoreDNS")
    .check();
  const tags = page.getByRole("group", { name: /^Tags/ });
  await tags.getByRole("searchbox").fill("snat");
  await tags.getByLabel("SNAT").check();
  await page.getByLabel("Summary").fill("Pods could not reach the payment provider.");
  await page.getByLabel("Root cause").fill("The node rewrote pod addresses.");

  const timeline = page.getByRole("region", { name: "Timeline" });
  await timeline.getByRole("button", { name: "+ Add event" }).click();
  await timeline.getByRole("textbox", { name: "When" }).nth(0).fill("09:40");
  await timeline.getByRole("textbox", { name: "What happened" }).nth(0).fill("Alert fired");
  await timeline.getByRole("combobox", { name: "Marker" }).nth(0).selectOption("detection");
  await timeline.getByRole("button", { name: "+ Add event" }).click();
  await timeline.getByRole("textbox", { name: "When" }).nth(1).fill("09:30");
  await timeline.getByRole("textbox", { name: "What happened" }).nth(1).fill("Deploy started");
  await timeline.getByRole("combobox", { name: "Marker" }).nth(1).selectOption("trigger");
  await timeline.getByRole("button", { name: "Move event 2 up" }).click();
  await expect(timeline.getByRole("textbox", { name: "When" }).nth(0)).toHaveValue("09:30");

  const lessons = page.getByRole("region", { name: "Lessons" });
  await lessons.getByRole("button", { name: "+ Add lesson" }).click();
  await lessons.getByRole("textbox", { name: "Lesson" }).fill("Turn on external SNAT before migrating.");
  const actions = page.getByRole("region", { name: "Action items" });
  await actions.getByRole("button", { name: "+ Add action item" }).click();
  await actions.getByRole("textbox", { name: "Action", exact: true }).fill("Alert on conntrack drops");
  await actions.getByRole("combobox", { name: "Type" }).selectOption("detect");
  await actions.getByRole("textbox", { name: "Owner" }).fill("netops");
  const sources = page.getByRole("region", { name: "Sources" });
  await sources.getByRole("button", { name: "+ Add source" }).click();
  await sources.getByRole("textbox", { name: "Source title" }).fill("Internal ticket");
  await sources.getByRole("textbox", { name: "Source URL" }).fill("https://tickets.example.com/INC-1");
  await page.getByLabel("Story (Markdown)").fill("## What we saw\n\nLatency **tripled**.");
  await expect(page.getByRole("region", { name: "Preview" }).getByRole("heading", { name: "What we saw" })).toBeVisible();

  await expect(page.getByRole("status").filter({ hasText: "All changes saved." })).toBeVisible({ timeout: 15_000 });
  await expect(page).toHaveURL(/\/postmortems\/.+\/edit$/);
  await page.reload();
  await expect(page.getByLabel("Title", { exact: true })).toHaveValue(title);
  await expect(page.getByRole("region", { name: "Timeline" }).getByRole("textbox", { name: "What happened" }).nth(0)).toHaveValue("Deploy started");

  await page.getByRole("link", { name: "View" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByText("Draft", { exact: true })).toBeVisible();
  await expect(page.getByText("Team only", { exact: true })).toBeVisible();
  await expect(page.getByRole("main").getByRole("link", { name: team.name })).toBeVisible();
  await expect(page.getByText("2 Mar 2026, 09:30 UTC")).toBeVisible();
  await expect(page.getByText("Kubernetes 1.29")).toBeVisible();
  await expect(page.getByRole("region", { name: "Timeline" }).getByRole("listitem").first()).toContainText("Deploy started");
  await expect(page.getByRole("region", { name: "Action items" })).toContainText("netops");
  await expect(page.getByRole("region", { name: "The story" }).getByRole("heading", { name: "What we saw" })).toBeVisible();
  await expect(page.getByRole("link", { name: "SNAT · Networking" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Related postmortems" })).toContainText("SNAT after a kops-to-EKS move");
});

test("invalid fields are explained in place and nothing invalid is saved", async ({ page, world }) => {
  const member = await world.user();
  const team = await world.team([{ user: member }]);
  await signIn(page, member);
  const { slug } = await filePostmortem(page, team.id);
  await page.goto(`/postmortems/${slug}/edit`);
  await editorReady(page);
  const sources = page.getByRole("region", { name: "Sources" });
  await sources.getByRole("button", { name: "+ Add source" }).click();
  await sources.getByRole("textbox", { name: "Source title" }).fill("Dashboard");
  await sources.getByRole("textbox", { name: "Source URL" }).fill("javascript:alert(1)");
  await expect(page.getByRole("status").filter({ hasText: "fix the highlighted fields" })).toBeVisible();
  const url = sources.getByRole("textbox", { name: "Source URL" });
  await expect(url).toHaveAttribute("aria-invalid", "true");
  await expect(sources.getByText("Enter a full http:// or https:// address.")).toBeVisible();
  await url.fill("https://grafana.example.com/d/1");
  await expect(page.getByRole("status").filter({ hasText: "All changes saved." })).toBeVisible({ timeout: 15_000 });
});

test("closing the tab right after typing loses nothing", async ({ browser, world }) => {
  const member = await world.user();
  const team = await world.team([{ user: member }]);
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, member);
  const { slug } = await filePostmortem(page, team.id);
  await page.goto(`/postmortems/${slug}/edit`);
  await editorReady(page);
  await page.getByLabel("Impact").fill("Checkout failed for 12% of users.");
  await page.close({ runBeforeUnload: true });
  const again = await context.newPage();
  await expect(async () => {
    await again.goto(`/postmortems/${slug}/edit`);
    await expect(again.getByLabel("Impact")).toHaveValue("Checkout failed for 12% of users.", { timeout: 1000 });
  }).toPass({ timeout: 10_000 });
  await context.close();
});

test("history shows who changed what, with a diff, and can restore an old revision", async ({ page, world }) => {
  const member = await world.user({ name: `Hana History ${unique()}` });
  const team = await world.team([{ user: member }]);
  await signIn(page, member);
  const { slug } = await filePostmortem(page, team.id, { title: "First title" });
  await page.goto(`/postmortems/${slug}/edit`);
  await editorReady(page);
  await page.getByLabel("Title", { exact: true }).fill("Second title");
  await expect(page.getByRole("status").filter({ hasText: "All changes saved." })).toBeVisible({ timeout: 15_000 });
  await page.goto(`/postmortems/${slug}/history`);
  const revisions = page.getByRole("navigation", { name: "Revisions" }).getByRole("link");
  await expect(revisions).toHaveCount(2);
  await expect(revisions.first()).toContainText("Version 2 (current)");
  await expect(revisions.first()).toContainText(member.name);
  const changes = page.getByRole("region", { name: "Changes in this revision" });
  await expect(changes.locator("del")).toContainText("First");
  await expect(changes.locator("ins")).toContainText("Second");
  await expect(changes.getByRole("heading", { name: "Title", exact: true })).toBeVisible();
  await expect(revisions.last()).toContainText("Created");

  // The first revision shows what it was created with.
  await revisions.last().click();
  await expect(changes.getByRole("heading", { name: "Summary", exact: true })).toBeVisible();
  await expect(changes.locator("ins").first()).toContainText("First title");
  page.once("dialog", (d) => d.accept());
  await page.getByRole("button", { name: "Restore this revision" }).click();
  await expect(page.getByRole("navigation", { name: "Revisions" }).getByRole("link").first()).toContainText("Version 3 (current)");
  await page.goto(`/postmortems/${slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("First title");
});

test("a stale save gets a conflict showing both versions, and the user keeps their text", async ({ browser, world }) => {
  const alice = await world.user({ name: "Alice" });
  const bob = await world.user({ name: "Bob" });
  const team = await world.team([{ user: alice }, { user: bob }]);
  const [a, b] = await Promise.all([browser.newContext(), browser.newContext()]);
  const [pa, pb] = await Promise.all([a.newPage(), b.newPage()]);
  await signIn(pa, alice);
  await signIn(pb, bob);
  const { slug } = await filePostmortem(pa, team.id, { title: "Shared draft", impact: "Original impact" });
  await Promise.all([pa.goto(`/postmortems/${slug}/edit`), pb.goto(`/postmortems/${slug}/edit`)]);
  await Promise.all([editorReady(pa), editorReady(pb)]);

  await pa.getByLabel("Impact").fill("Alice's impact");
  await expect(pa.getByRole("status").filter({ hasText: "All changes saved." })).toBeVisible({ timeout: 15_000 });

  await pb.getByLabel("Impact").fill("Bob's impact");
  const conflict = pb.getByRole("alert", { name: "Edit conflict" });
  await expect(conflict).toBeVisible({ timeout: 15_000 });
  await expect(conflict).toContainText("Alice saved");
  await expect(conflict).toContainText("Alice's impact");
  await expect(conflict).toContainText("Bob's impact");
  await expect(pb.getByLabel("Impact")).toHaveValue("Bob's impact");

  await conflict.getByRole("button", { name: "Keep my version" }).click();
  await expect(pb.getByRole("status").filter({ hasText: "All changes saved." })).toBeVisible({ timeout: 15_000 });
  await pa.goto(`/postmortems/${slug}`);
  await expect(pa.getByRole("region", { name: "At a glance" })).toContainText("Bob's impact");
  await Promise.all([a.close(), b.close()]);
});

test("two tabs editing different fields both keep their text, with no conflict to settle", async ({ browser, world }) => {
  const author = await world.user();
  const team = await world.team([{ user: author }]);
  const context = await browser.newContext();
  const [first, second] = [await context.newPage(), await context.newPage()];
  await signIn(first, author);
  const { slug } = await filePostmortem(first, team.id, { title: "Two tabs draft" });
  await Promise.all([first.goto(`/postmortems/${slug}/edit`), second.goto(`/postmortems/${slug}/edit`)]);
  await Promise.all([editorReady(first), editorReady(second)]);

  await first.getByLabel("Resolution").fill("Rolled back the change");
  await expect(first.getByRole("status").filter({ hasText: "All changes saved." })).toBeVisible({ timeout: 15_000 });
  await second.getByLabel("Detection").fill("Paged by the latency alert");
  await expect(second.getByRole("status").filter({ hasText: "All changes saved." })).toBeVisible({ timeout: 15_000 });
  await expect(second.getByRole("alert", { name: "Edit conflict" })).toHaveCount(0);
  await expect(second.getByLabel("Resolution")).toHaveValue("Rolled back the change");
  // The second tab says which field took in the first tab's text, until it is dismissed.
  const notice = second.getByRole("region", { name: "Changes from a newer version" });
  await expect(notice).toContainText("with changes to Resolution.");
  await notice.getByRole("button", { name: "Dismiss" }).click();
  await expect(notice).toHaveCount(0);

  await first.goto(`/postmortems/${slug}`);
  const glance = first.getByRole("region", { name: "At a glance" });
  await expect(glance).toContainText("Rolled back the change");
  await expect(glance).toContainText("Paged by the latency alert");
  await context.close();
});

test("leads archive and restore; archived postmortems leave every list", async ({ page, browser, world }) => {
  const lead = await world.user();
  const member = await world.user();
  const team = await world.team([{ user: lead, role: "lead" }, { user: member }]);
  await signIn(page, lead);
  const title = `Archivable ${unique()}`;
  const { slug } = await filePostmortem(page, team.id, { title, visibility: "public" });

  const memberContext = await browser.newContext();
  const memberPage = await memberContext.newPage();
  await signIn(memberPage, member);
  await memberPage.goto(`/postmortems/${slug}`);
  await expect(memberPage.getByRole("button", { name: "Archive" })).toHaveCount(0);

  await page.goto(`/postmortems/${slug}`);
  page.once("dialog", (d) => d.accept());
  await page.getByRole("button", { name: "Archive" }).click();
  await expect(page.getByText("Archived", { exact: true })).toBeVisible();
  await page.goto(`/postmortems?q=${encodeURIComponent(title)}`);
  await expect(page.getByRole("status")).toHaveText("No postmortems match.");
  expect((await memberPage.goto(`/postmortems/${slug}`))?.status()).toBe(404);

  await page.goto(`/teams/${team.slug}`);
  await page
    .getByRole("region", { name: "Archived" })
    .getByRole("button", { name: `Restore ${title}` })
    .click();
  await expect(page.getByRole("region", { name: "Postmortems" }).getByRole("link", { name: title, exact: true })).toBeVisible();
  expect((await memberPage.goto(`/postmortems/${slug}`))?.status()).toBe(200);
  await memberContext.close();
});

test("public team postmortems join browse, search and the API with their team's name; team-only ones do not", async ({ page, browser, world }) => {
  const lead = await world.user();
  const team = await world.team([{ user: lead, role: "lead" }]);
  await signIn(page, lead);
  const marker = `zebra${unique()}`;
  await filePublished(page, team.id, { title: `Public ${marker}`, visibility: "public" });
  await filePostmortem(page, team.id, { title: `Private ${marker}` });

  const anonymous = await browser.newContext();
  const anon = await anonymous.newPage();
  await anon.goto(`/postmortems?q=${marker}`);
  await expect(anon.getByRole("status")).toHaveText("Showing 1–1 of 1 postmortem");
  const card = anon.getByRole("article");
  await expect(card).toContainText(`Public ${marker}`);
  await expect(card).toContainText(`Team ${team.name}`);
  const api = await (await anon.request.get(`/api/v1/postmortems?q=${marker}`)).json();
  expect(api.items.map((i: { title: string }) => i.title)).toEqual([`Public ${marker}`]);
  expect(api.items[0].team).toBe(team.name);
  await anonymous.close();

  await page.goto(`/postmortems?q=${marker}`);
  await expect(page.getByRole("status")).toHaveText("Showing 1–2 of 2 postmortems");
});

test("history keeps the edits made after a send-back apart from the ones before it", async ({ page, browser, world }) => {
  const member = await world.user({ name: `Sam Sendback ${unique()}` });
  const lead = await world.user();
  const team = await world.team([{ user: member }, { user: lead, role: "lead" }]);
  await signIn(page, member);
  const { slug } = await filePostmortem(page, team.id, { ...PUBLISHABLE, title: "Before review" });
  const patch = async (data: Record<string, unknown>) => {
    const { version } = (await (await page.request.get(`/api/v1/postmortems/${slug}`)).json()) as { version: number };
    expect((await api(page).patch(`/api/v1/postmortems/${slug}`, { data: { baseVersion: version, ...data } })).status()).toBe(200);
  };
  await patch({ impact: "First impact" });
  expect((await api(page).post(`/api/v1/postmortems/${slug}/submit`)).status()).toBe(200);
  const leadPage = await browser.newPage();
  await signIn(leadPage, lead);
  expect((await api(leadPage).post(`/api/v1/postmortems/${slug}/send-back`, { data: { comment: "Say who was affected." } })).status()).toBe(200);
  // Within the five minutes that would otherwise merge the member's saves into one revision.
  await patch({ impact: "Second impact, after the send-back" });

  await page.goto(`/postmortems/${slug}/history`);
  const revisions = page.getByRole("navigation", { name: "Revisions" }).getByRole("link");
  await expect(revisions).toHaveCount(3);
  const changes = page.getByRole("region", { name: "Changes in this revision" });
  // Compared with the revision before the review: the member's earlier save, not the text it was filed with.
  await expect(changes.getByRole("deletion")).toHaveText("First");
  await expect(changes.getByRole("insertion").first()).toHaveText("Second");
  await leadPage.close();
});
