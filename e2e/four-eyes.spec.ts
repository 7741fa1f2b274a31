import { api, expect, filePostmortem, PUBLISHABLE, signIn, test, unique } from "./support/fixtures";

test("with a second reviewer required, the author cannot publish their own postmortem, another lead can", async ({ page, browser, world }) => {
  const author = await world.user({ name: `Ada Author ${unique()}` });
  const reviewer = await world.user({ name: `Rey Reviewer ${unique()}` });
  const admin = await world.user({ admin: true });
  const team = await world.team([
    { user: author, role: "lead" },
    { user: reviewer, role: "lead" },
  ]);
  await signIn(page, author);

  // Off by default: the page offers the switch and says authors may publish.
  await page.goto(`/teams/${team.slug}`);
  const review = page.getByRole("region", { name: "Review" });
  await expect(review).toContainText("Leads may publish postmortems they wrote themselves.");
  await review.getByRole("button", { name: "Require a second reviewer" }).click();
  await expect(review.getByRole("status")).toHaveText("A second reviewer is now required: authors cannot publish their own postmortems.");
  await expect(review.getByRole("button", { name: "Stop requiring a second reviewer" })).toBeVisible();

  const { slug } = await filePostmortem(page, team.id, { ...PUBLISHABLE, title: `Four eyes ${unique()}` });
  const refused = await api(page).post(`/api/v1/postmortems/${slug}/publish`);
  expect(refused.status()).toBe(403);
  expect(await refused.text()).toContain("requires a second reviewer");

  await page.goto(`/postmortems/${slug}`);
  const panel = page.getByRole("region", { name: /^Review:/ });
  await expect(panel.getByRole("button", { name: "Publish" })).toHaveCount(0);
  await expect(panel.getByRole("note")).toContainText("the author of a postmortem cannot publish it");

  // An admin who is the author is held to the same rule; one who is not may publish.
  const adminContext = await browser.newContext();
  const adminPage = await adminContext.newPage();
  await signIn(adminPage, admin);
  const own = await filePostmortem(adminPage, team.id, { ...PUBLISHABLE, title: `Admin's own ${unique()}` });
  expect((await api(adminPage).post(`/api/v1/postmortems/${own.slug}/publish`)).status()).toBe(403);

  const reviewerContext = await browser.newContext();
  const reviewerPage = await reviewerContext.newPage();
  await signIn(reviewerPage, reviewer);
  await reviewerPage.goto(`/postmortems/${slug}`);
  await reviewerPage.getByRole("button", { name: "Publish" }).click();
  await expect(reviewerPage.getByRole("region", { name: "Review: Published" })).toBeVisible();
  expect((await api(reviewerPage).post(`/api/v1/postmortems/${own.slug}/publish`)).status()).toBe(200);

  // The switch is audited with before and after.
  await adminPage.goto(`/admin/audit?action=team.settings&subject=${team.slug}`);
  const row = adminPage.getByRole("table", { name: "Audit entries" }).getByRole("row").filter({ hasText: "team.settings" });
  await expect(row).toContainText(author.name);
  await expect(row).toContainText("require second reviewer");
  await expect(row.getByRole("deletion")).toHaveText("false");
  await expect(row.getByRole("insertion")).toHaveText("true");
  await Promise.all([adminContext.close(), reviewerContext.close()]);
});
