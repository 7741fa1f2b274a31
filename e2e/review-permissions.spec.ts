import { captureAction, replay } from "./support/actions";
import { api, expect, filePostmortem, PUBLISHABLE, sqlite, test, unique } from "./support/fixtures";
import { tagsOf } from "./support/queries";
import { ROLES, setupRoles, type Role } from "./support/roles";

const statusOf = (slug: string) => (sqlite.prepare(`SELECT status FROM "Postmortem" WHERE slug = ?`).get(slug) as { status: string }).status;

// Who may move team A's postmortems through review and tag them. Team B's lead is "memberB": a lead, but of another team.
const REVIEW: Record<Role, { submit: number; lead: number }> = {
  anonymous: { submit: 401, lead: 401 },
  memberB: { submit: 404, lead: 404 },
  memberA: { submit: 200, lead: 403 },
  leadA: { submit: 200, lead: 200 },
  admin: { submit: 200, lead: 200 },
};

test("review and tagging enforce every role through the API", async ({ browser, world }) => {
  test.setTimeout(120_000);
  const { teamA, pages } = await setupRoles(browser, world);
  const marker = `rperm${unique()}`;
  const file = async (status: "draft" | "in_review" | "published") => {
    const { slug } = await filePostmortem(pages.leadA, teamA.id, { ...PUBLISHABLE, title: `${marker} ${status}`, visibility: "public" });
    if (status !== "draft") expect((await api(pages.leadA).post(`/api/v1/postmortems/${slug}/submit`)).status()).toBe(200);
    if (status === "published") expect((await api(pages.leadA).post(`/api/v1/postmortems/${slug}/publish`)).status()).toBe(200);
    return slug;
  };

  for (const role of ROLES) {
    const page = pages[role];
    const expected = REVIEW[role];
    // A public draft is not public yet: outsiders get 404 for everything.
    const draft = await file("draft");
    expect((await api(page).post(`/api/v1/postmortems/${draft}/submit`)).status(), `${role} submits`).toBe(expected.submit);
    expect(statusOf(draft)).toBe(expected.submit === 200 ? "in_review" : "draft");

    const inReview = await file("in_review");
    expect(
      (await api(page).post(`/api/v1/postmortems/${inReview}/send-back`, { data: { comment: "Not yet." } })).status(),
      `${role} sends back`,
    ).toBe(expected.lead);
    const again = await file("in_review");
    expect((await api(page).post(`/api/v1/postmortems/${again}/publish`)).status(), `${role} publishes`).toBe(expected.lead);
    expect(statusOf(again)).toBe(expected.lead === 200 ? "published" : "in_review");

    const published = await file("published");
    // Published and public: everyone may read it, so outsiders now learn "forbidden" rather than "not found".
    const outsider = { ...expected, lead: role === "memberB" ? 403 : expected.lead };
    expect(
      (await api(page).post(`/api/v1/postmortems/${published}/unpublish`, { data: { reason: "Because." } })).status(),
      `${role} unpublishes`,
    ).toBe(outsider.lead);
    expect(
      (await api(page).put(`/api/v1/postmortems/${published}/tags`, { data: { tags: ["dns-policy"], components: [] } })).status(),
      `${role} tags`,
    ).toBe(outsider.lead);
    expect(tagsOf(published)).toEqual(outsider.lead === 200 ? ["dns-policy"] : ["snat"]);

    // Curated stories: only admins may change their tags (the same tags here, so nothing really changes).
    const curated = "mindtickle-2020-eks-snat";
    const current = tagsOf(curated);
    const retag = await api(page).put(`/api/v1/postmortems/${curated}/tags`, { data: { tags: current } });
    expect(retag.status(), `${role} tags a curated story`).toBe({ anonymous: 401, memberB: 403, memberA: 403, leadA: 403, admin: 200 }[role]);
  }
});

test("only admins manage the taxonomy, even when a request is replayed", async ({ browser, world }) => {
  test.setTimeout(120_000);
  const { pages } = await setupRoles(browser, world);
  for (const role of ["memberA", "leadA", "memberB"] as const) {
    await pages[role].goto("/admin/taxonomy");
    await expect(pages[role].getByText("Only admins manage categories and tags.")).toBeVisible();
  }
  const slug = `e2e-replayed-${unique()}`;
  await pages.admin.goto("/admin/taxonomy");
  const form = pages.admin.getByRole("form", { name: "Create a category" });
  await form.getByLabel("Name").fill("Replayed category");
  await form.getByLabel("Slug").fill(slug);
  await form.getByLabel("Description").fill("Made only if an admin sends it.");
  const request = await captureAction(pages.admin, slug, () => form.getByRole("button", { name: "Create category" }).click());
  for (const role of ["anonymous", "memberA", "leadA", "memberB"] as const) {
    const result = await replay(pages[role], request);
    expect(result.body, `${role} creates a category`).toMatch(role === "anonymous" ? /"status":401/ : /"status":403/);
  }
  const exists = () => Boolean(sqlite.prepare(`SELECT 1 FROM "Category" WHERE slug = ?`).get(slug));
  expect(exists()).toBe(false);
  expect((await replay(pages.admin, request)).body).toMatch(/"ok":true/);
  expect(exists()).toBe(true);
  sqlite.prepare(`DELETE FROM "Category" WHERE slug = ?`).run(slug);
});
