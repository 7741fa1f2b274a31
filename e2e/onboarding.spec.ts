import { createHash, randomBytes } from "node:crypto";
import { expect, signIn, sqlite, test, unique } from "./support/fixtures";

test("someone in no team is told how to get into one; an admin is offered to create one", async ({ page, browser, world }) => {
  const loner = await world.user();
  await signIn(page, loner);
  await page.goto("/");
  const hint = page.getByRole("region", { name: "You are not in a team yet" });
  await expect(hint).toContainText("Ask a team lead or an admin to add you, or open the invite link they send you.");
  await expect(hint.getByRole("link", { name: "Create a team" })).toHaveCount(0);

  const admin = await world.user({ admin: true });
  const adminContext = await browser.newContext();
  const adminPage = await adminContext.newPage();
  await signIn(adminPage, admin);
  await adminPage.goto("/");
  await adminPage.getByRole("region", { name: "You are not in a team yet" }).getByRole("link", { name: "Create a team" }).click();
  await expect(adminPage).toHaveURL(/\/teams$/);
  await adminContext.close();

  const member = await world.user();
  await world.team([{ user: member }]);
  const memberContext = await browser.newContext();
  const memberPage = await memberContext.newPage();
  await signIn(memberPage, member);
  await memberPage.goto("/");
  await expect(memberPage.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(memberPage.getByRole("region", { name: "You are not in a team yet" })).toHaveCount(0);
  await memberContext.close();
});

test("registering through an invite link says you joined the team", async ({ page, world }) => {
  const lead = await world.user();
  const team = await world.team([{ user: lead, role: "lead" }]);
  const token = randomBytes(24).toString("base64url");
  sqlite
    .prepare(`INSERT INTO "Invite" (teamId, tokenHash, createdById, expiresAt, createdAt) VALUES (?, ?, ?, ?, ?)`)
    .run(team.id, createHash("sha256").update(token).digest("hex"), lead.id, Date.now() + 86_400_000, Date.now());
  await page.goto(`/invite/${token}`);
  await page.getByRole("link", { name: "Create an account" }).click();
  const email = `joiner-${unique()}@example.test`;
  await page.getByLabel("Name").fill("Jo Joiner");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill("a-long-enough-password");
  await page.getByLabel("Repeat the password").fill("a-long-enough-password");
  await page.getByRole("button", { name: "Create account" }).click();
  // Registration answers alike for new and existing emails, so signing in is one more click.
  await page.getByRole("button", { name: `Sign in as ${email}` }).click();
  await expect(page.getByRole("status").filter({ hasText: `You joined ${team.name}` })).toBeVisible();
  await expect(page.getByText(`You are already in ${team.name}`)).toHaveCount(0);
  // Coming back later is not "joining" again.
  await page.goto(`/invite/${token}`);
  await expect(page.getByText(`You are already in ${team.name}`)).toBeVisible();
  sqlite.prepare(`DELETE FROM "User" WHERE email = ?`).run(email);
});
