import { api, expect, filePostmortem, signIn, test, unique } from "./support/fixtures";

test("tag changes through the API are audited and shown as a readable diff, not JSON", async ({ page, world }) => {
  const lead = await world.user();
  const team = await world.team([{ user: lead, role: "lead" }]);
  await signIn(page, lead);
  const { slug } = await filePostmortem(page, team.id, { title: `Audit diff ${unique()}`, tags: ["snat"], components: [] });
  const patched = await api(page).patch(`/api/v1/postmortems/${slug}`, { data: { baseVersion: 1, tags: ["dns-policy"] } });
  expect(patched.status(), await patched.text()).toBe(200);

  await page.goto(`/admin/audit?action=postmortem.retag&subject=${slug}`);
  const table = page.getByRole("table", { name: "Audit entries" });
  await expect(table.getByRole("columnheader", { name: "Changes" })).toBeVisible();
  const row = table.getByRole("row").filter({ hasText: "postmortem.retag" });
  await expect(row).toHaveCount(1);
  await expect(row.getByRole("insertion")).toHaveText("+added dns-policy");
  await expect(row.getByRole("deletion")).toHaveText("−removed snat");
  await expect(row.getByText("— (unchanged)")).toBeVisible();
  await expect(table).not.toContainText('{"');
});
