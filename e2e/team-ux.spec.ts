import { api, expect, filePostmortem, signIn, sqlite, test, unique } from "./support/fixtures";

test("the team address follows the name until edited, and is shown live", async ({ page, world }) => {
  const admin = await world.user({ admin: true });
  await signIn(page, admin);
  await page.goto("/teams");
  const form = page.getByRole("form", { name: "Create a team" });
  const id = unique();
  await form.getByLabel("Team name").fill(`Platform EU ${id}`);
  await expect(form.getByLabel("Address")).toHaveValue(`platform-eu-${id}`);
  await expect(form.getByText(`/teams/platform-eu-${id}`)).toBeVisible();
  await form.getByLabel("Address").fill(`peu-${id}`);
  await form.getByLabel("Team name").fill(`Platform Europe ${id}`);
  await expect(form.getByLabel("Address")).toHaveValue(`peu-${id}`);
  await form.getByRole("button", { name: "Create team" }).click();
  await expect(page).toHaveURL(new RegExp(`/teams/peu-${id}$`));
  sqlite.prepare(`DELETE FROM "Team" WHERE slug = ?`).run(`peu-${id}`);
});

test("member changes say what happened, errors appear once and keep the input, all audited", async ({ page, world, context }) => {
  const admin = await world.user({ admin: true });
  const person = await world.user({ name: `Pat Person ${unique()}` });
  const team = await world.team([]);
  await signIn(page, admin);
  await page.goto(`/teams/${team.slug}`);
  const add = page.getByRole("form", { name: "Add a member" });
  const email = add.getByLabel("Email of an existing account");

  const unknown = `nobody-${unique()}@example.test`;
  await email.fill(unknown);
  await add.getByRole("button", { name: "Add member" }).click();
  await expect(add.getByText("No account uses that email. Send them an invite link instead.")).toHaveCount(1);
  await expect(add.getByText(/No account uses that email/)).toHaveCount(1);
  await expect(email).toHaveValue(unknown);

  await email.fill(person.email);
  await add.getByRole("button", { name: "Add member" }).click();
  await expect(add.getByRole("status")).toHaveText(`${person.name} is now a member.`);
  await expect(email).toHaveValue("");

  await page.getByRole("button", { name: `Make ${person.name} a lead` }).click();
  const row = page.getByRole("row", { name: new RegExp(person.name) });
  await expect(row.getByRole("status")).toHaveText(`${person.name} is now a lead.`);
  await expect(page.getByText(`${person.name} is now a member.`)).toHaveCount(0);
  await expect(row).toContainText("lead");
  // The team's only lead: demoting is refused with the reason, and nobody is offered to remove them.
  await row.getByRole("button", { name: `Make ${person.name} a member` }).click();
  await expect(row.getByRole("alert")).toHaveText(`${person.name} is this team's only lead. Make someone else a lead first.`);
  await expect(row.getByRole("button", { name: `Remove ${person.name}` })).toHaveCount(0);

  // Invite links: copied with one click, the button announces it.
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const invites = page.getByRole("form", { name: "Create an invite link" });
  await invites.getByRole("button", { name: "Create invite link" }).click();
  const link = await invites.getByRole("textbox", { name: /Invite link/ }).inputValue();
  expect(link).toMatch(/\/invite\/\S+$/);
  await invites.getByRole("button", { name: "Copy invite link" }).click();
  await expect(invites.getByText("Copied", { exact: true }).last()).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  page.once("dialog", (d) => void d.accept());
  await page.getByRole("region", { name: "Invite links" }).getByRole("button", { name: "Revoke" }).click();
  await expect(page.getByRole("region", { name: "Invite links" }).getByRole("button", { name: "Revoke" })).toHaveCount(0);

  await page.goto(`/admin/audit?entity=team&subject=${team.slug}`);
  const entries = page.getByRole("table", { name: "Audit entries" }).getByRole("row");
  await expect(entries.filter({ hasText: "team.member_add" })).toContainText(person.email);
  const role = entries.filter({ hasText: "team.role" });
  await expect(role.getByRole("deletion")).toHaveText("member");
  await expect(role.getByRole("insertion")).toHaveText("lead");
  await expect(entries.filter({ hasText: "team.invite_create" })).toHaveCount(1);
  await expect(entries.filter({ hasText: "team.invite_revoke" })).toHaveCount(1);
  // Only a hash of the link is stored, and the audit log never holds the link itself.
  await expect(page.getByRole("table", { name: "Audit entries" })).not.toContainText(link.split("/invite/")[1]!);
});

test("the team page lists postmortems 25 at a time", async ({ page, world }) => {
  const member = await world.user();
  const team = await world.team([{ user: member }]);
  await signIn(page, member);
  const marker = `paged${unique()}`;
  for (let i = 1; i <= 26; i++) await filePostmortem(page, team.id, { title: `${marker} ${String(i).padStart(2, "0")}` });
  await page.goto(`/teams/${team.slug}`);
  const list = page.getByRole("region", { name: "Postmortems" }).getByRole("listitem");
  await expect(list).toHaveCount(25);
  await expect(list.first()).toContainText(`${marker} 26`);
  const pager = page.getByRole("navigation", { name: "Postmortem pages" });
  await expect(pager).toContainText("Page 1 of 2");
  await pager.getByRole("link", { name: "Next →" }).click();
  await expect(page).toHaveURL(/\?page=2$/);
  await expect(list).toHaveCount(1);
  await expect(list.first()).toContainText(`${marker} 01`);
});

test("a member is offered Edit only on drafts; a lead on every postmortem", async ({ page, browser, world }) => {
  const member = await world.user();
  const lead = await world.user();
  const team = await world.team([{ user: member }, { user: lead, role: "lead" }]);
  await signIn(page, member);
  const draft = await filePostmortem(page, team.id, { title: `Draft ${unique()}` });
  const submitted = await filePostmortem(page, team.id, {
    title: `Submitted ${unique()}`,
    rootCause: "A cause.",
    lessons: ["A lesson."],
    tags: ["snat"],
  });
  expect((await api(page).post(`/api/v1/postmortems/${submitted.slug}/submit`)).status()).toBe(200);

  await page.goto(`/teams/${team.slug}`);
  const list = page.getByRole("region", { name: "Postmortems" });
  await expect(list.getByRole("link", { name: /^Edit Draft / })).toHaveAttribute("href", `/postmortems/${draft.slug}/edit`);
  await expect(list.getByRole("link", { name: /^Submitted / })).toBeVisible();
  await expect(list.getByRole("link", { name: /^Edit Submitted / }), "in review: only leads may edit").toHaveCount(0);

  const leadPage = await (await browser.newContext()).newPage();
  await signIn(leadPage, lead);
  await leadPage.goto(`/teams/${team.slug}`);
  await expect(leadPage.getByRole("region", { name: "Postmortems" }).getByRole("link", { name: /^Edit Submitted / })).toBeVisible();
  await leadPage.context().close();
});
