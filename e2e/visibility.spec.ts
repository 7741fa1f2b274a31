import { api, expect, filePostmortem, PUBLISHABLE, signIn, test, unique } from "./support/fixtures";

test("visibility is an explicit, confirmed lead decision on the postmortem page, prompted after publishing", async ({ page, browser, world }) => {
  const lead = await world.user();
  const team = await world.team([{ user: lead, role: "lead" }]);
  await signIn(page, lead);
  const title = `Visibility ${unique()}`;
  const { slug } = await filePostmortem(page, team.id, { ...PUBLISHABLE, title });

  // The autosaving editor no longer changes who can read it.
  await page.goto(`/postmortems/${slug}/edit`);
  await expect(page.getByLabel("Title", { exact: true })).toHaveValue(title);
  await expect(page.getByLabel("Who can read it")).toHaveCount(0);

  await page.goto(`/postmortems/${slug}`);
  await page.getByRole("button", { name: "Publish" }).click();
  const prompt = page.getByRole("group", { name: "Published to the team. Who else should see it?" });
  await expect(prompt).toContainText(`Team-only: Only members of ${team.name} and site admins.`);

  const anonymous = await browser.newContext();
  const anon = await anonymous.newPage();
  expect((await anon.goto(`/postmortems/${slug}`))?.status()).toBe(404);

  // Cancelling the confirmation changes nothing.
  let question = "";
  page.once("dialog", (dialog) => {
    question = dialog.message();
    void dialog.dismiss();
  });
  await prompt.getByRole("button", { name: "Make public" }).click();
  await expect.poll(() => question).toBe(`Make “${title}” public? Anyone on the internet, signed in or not, will see it.`);
  expect((await anon.goto(`/postmortems/${slug}`))?.status()).toBe(404);

  page.once("dialog", (dialog) => void dialog.accept());
  await prompt.getByRole("button", { name: "Make public" }).click();
  const control = page.getByRole("group", { name: "Who can see it" });
  await expect(control).toContainText("Public: Anyone on the internet, signed in or not.");
  expect((await anon.goto(`/postmortems/${slug}`))?.status()).toBe(200);

  page.once("dialog", (dialog) => {
    question = dialog.message();
    void dialog.accept();
  });
  await control.getByRole("button", { name: "Make team-only" }).click();
  await expect(page.getByRole("group", { name: "Published to the team. Who else should see it?" })).toBeVisible();
  expect(question).toBe(`Make “${title}” team-only? Only members of ${team.name} and site admins will see it.`);
  expect((await anon.goto(`/postmortems/${slug}`))?.status()).toBe(404);

  await page.goto(`/admin/audit?action=postmortem.visibility&subject=${slug}`);
  const rows = page.getByRole("table", { name: "Audit entries" }).getByRole("row").filter({ hasText: "postmortem.visibility" });
  await expect(rows).toHaveCount(2);
  await expect(rows.first().getByRole("deletion")).toHaveText("public");
  await expect(rows.first().getByRole("insertion")).toHaveText("team");
  await anonymous.close();
});

test("members see who can read a postmortem but cannot change it", async ({ page, world }) => {
  const member = await world.user();
  const team = await world.team([{ user: member }]);
  await signIn(page, member);
  const { slug } = await filePostmortem(page, team.id, { title: `Member view ${unique()}` });
  await page.goto(`/postmortems/${slug}`);
  await expect(page.getByRole("button", { name: "Make public" })).toHaveCount(0);
  const refused = await api(page).patch(`/api/v1/postmortems/${slug}`, { data: { baseVersion: 1, visibility: "public" } });
  expect(refused.status()).toBe(403);
});

test("changing a checklist run's visibility is audited", async ({ page, world }) => {
  const lead = await world.user();
  const team = await world.team([{ user: lead, role: "lead" }]);
  await signIn(page, lead);
  const created = await api(page).post("/api/v1/runs", {
    data: { checklist: "networking-and-cni", teamId: team.id, target: `cluster ${unique()}` },
  });
  expect(created.status(), await created.text()).toBe(201);
  const { id } = (await created.json()) as { id: number };
  await page.goto(`/runs/${id}`);
  await page.getByRole("form", { name: "Run visibility" }).getByRole("button", { name: "Make public" }).click();
  await expect(page.getByRole("form", { name: "Run visibility" }).getByRole("button", { name: "Make team-only" })).toBeVisible();
  await page.goto(`/admin/audit?action=run.visibility&subject=${encodeURIComponent(`run #${id}`)}`);
  const row = page.getByRole("table", { name: "Audit entries" }).getByRole("row").filter({ hasText: "run.visibility" }).first();
  await expect(row).toContainText(lead.name);
  await expect(row.getByRole("deletion")).toHaveText("team");
  await expect(row.getByRole("insertion")).toHaveText("public");
});

test("the home page's count of public postmortems leaves out the reader's own team's drafts", async ({ page, browser, world }) => {
  const member = await world.user();
  const team = await world.team([{ user: member }]);
  await signIn(page, member);
  await filePostmortem(page, team.id, { title: `Draft ${unique()}` });
  await filePostmortem(page, team.id, { title: `Draft ${unique()}` });
  const anonymous = await browser.newPage();
  const publicCount = async (reader: typeof page) => {
    await reader.goto("/");
    return Number((await reader.getByText(/\d+ public postmortems, retold/).textContent())?.match(/\d+/)?.[0]);
  };
  // Other tests publish alongside this one: compare the member's count with an anonymous count read on each side of it.
  await expect(async () => {
    const before = await publicCount(anonymous);
    const mine = await publicCount(page);
    const after = await publicCount(anonymous);
    expect(before).toBe(after);
    expect(mine).toBe(before);
  }).toPass();
  await anonymous.close();
});
