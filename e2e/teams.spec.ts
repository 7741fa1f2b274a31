import { expect, signIn, sqlite, test, unique } from "./support/fixtures";

test("an admin creates a team and appoints a lead; the lead adds a member", async ({ page, browser, world }) => {
  const admin = await world.user({ admin: true });
  const lead = await world.user({ name: `Lena Lead ${unique()}` });
  const member = await world.user({ name: `Max Member ${unique()}` });
  await signIn(page, admin);
  await page.goto("/teams");
  const slug = `sre-${unique()}`;
  const form = page.getByRole("form", { name: "Create a team" });
  await form.getByLabel("Team name").fill("SRE Europe");
  await form.getByLabel("Address").fill(slug);
  await form.getByRole("button", { name: "Create team" }).click();
  await expect(page).toHaveURL(new RegExp(`/teams/${slug}$`));
  await expect(page.getByRole("heading", { level: 1, name: "SRE Europe" })).toBeVisible();
  const teamId = (sqlite.prepare(`SELECT id FROM "Team" WHERE slug = ?`).get(slug) as { id: number }).id;

  const add = page.getByRole("form", { name: "Add a member" });
  await add.getByLabel("Email of an existing account").fill(lead.email);
  await add.getByRole("button", { name: "Add member" }).click();
  await expect(add.getByRole("status")).toContainText("is now a member");
  await page.getByRole("button", { name: `Make ${lead.name} a lead` }).click();
  await expect(page.getByRole("row", { name: new RegExp(lead.name) })).toContainText("lead");

  // The lead can manage members but not appoint leads.
  const leadContext = await browser.newContext();
  const leadPage = await leadContext.newPage();
  await signIn(leadPage, lead);
  await leadPage.goto(`/teams/${slug}`);
  await expect(leadPage.getByRole("group", { name: "Your account" })).toContainText("SRE Europe (lead)");
  const leadAdd = leadPage.getByRole("form", { name: "Add a member" });
  await leadAdd.getByLabel("Email of an existing account").fill(member.email);
  await leadAdd.getByRole("button", { name: "Add member" }).click();
  await expect(leadPage.getByRole("row", { name: new RegExp(member.name) })).toBeVisible();
  await expect(leadPage.getByRole("button", { name: /Make .* a lead/ })).toHaveCount(0);
  await leadAdd.getByLabel("Email of an existing account").fill(`nobody-${unique()}@example.test`);
  await leadAdd.getByRole("button", { name: "Add member" }).click();
  await expect(leadAdd.getByText("No account uses that email. Send them an invite link instead.")).toBeVisible();

  page.once("dialog", (d) => d.accept());
  leadPage.once("dialog", (d) => d.accept());
  await leadPage.getByRole("button", { name: `Remove ${member.name}` }).click();
  await expect(leadPage.getByRole("row", { name: new RegExp(member.name) })).toHaveCount(0);
  await leadContext.close();
  sqlite.prepare(`DELETE FROM "Team" WHERE id = ?`).run(teamId);
});

test("a lead's invite link lets a new person register straight into the team; revoked links stop working", async ({ page, browser, world }) => {
  const lead = await world.user();
  const team = await world.team([{ user: lead, role: "lead" }]);
  await signIn(page, lead);
  await page.goto(`/teams/${team.slug}`);
  await page.getByRole("button", { name: "Create invite link" }).click();
  const link = await page.getByRole("textbox", { name: /Invite link/ }).inputValue();
  expect(link).toContain("/invite/");
  const path = new URL(link).pathname;

  const guest = await browser.newContext();
  const guestPage = await guest.newPage();
  await guestPage.goto(path);
  await expect(guestPage.getByText(`You have been invited to join ${team.name}`)).toBeVisible();
  await guestPage.getByRole("link", { name: "Create an account" }).click();
  await expect(guestPage.getByText(`You are joining the team ${team.name}`)).toBeVisible();
  const email = `invited-${unique()}@example.test`;
  await guestPage.getByLabel("Name").fill("Ivy Invited");
  await guestPage.getByLabel("Email").fill(email);
  await guestPage.getByLabel("Password", { exact: true }).fill("a-long-enough-password");
  await guestPage.getByLabel("Repeat the password").fill("a-long-enough-password");
  await guestPage.getByRole("button", { name: "Create account" }).click();
  await guestPage.getByRole("button", { name: `Sign in as ${email}` }).click();
  await expect(guestPage.getByRole("group", { name: "Your account" })).toContainText(team.name);
  await guest.close();

  await page.reload();
  await expect(page.getByRole("row", { name: /Ivy Invited/ })).toBeVisible();
  await page.getByRole("button", { name: "Revoke" }).click();
  // Wait for the revocation to land before trying the link.
  await expect(page.getByRole("button", { name: "Revoke" })).toHaveCount(0);
  const after = await browser.newContext();
  const afterPage = await after.newPage();
  await afterPage.goto(path);
  await expect(afterPage.getByText("This invite link has expired or was revoked.")).toBeVisible();
  await after.close();
  sqlite.prepare(`DELETE FROM "User" WHERE email = ?`).run(email);
});

test("people outside a team cannot see its page", async ({ page, world }) => {
  const insider = await world.user();
  const outsider = await world.user();
  const team = await world.team([{ user: insider }]);
  await signIn(page, outsider);
  const response = await page.goto(`/teams/${team.slug}`);
  expect(response?.status()).toBe(404);
  await expect(page.getByText(team.name)).toHaveCount(0);
});
