import type { Route } from "@playwright/test";
import { editorReady, saveStatus } from "./support/editor";
import { expect, filePostmortem, signIn, test } from "./support/fixtures";

// On a slow connection the editor's fields are on screen before its JavaScript runs. What is typed then must survive
// hydration, reach the editor's state and be saved, not be reset by React's first render after hydration.
test("text typed before the editor's JavaScript has loaded is kept and saved", async ({ page, world }) => {
  const member = await world.user();
  const team = await world.team([{ user: member }]);
  await signIn(page, member);
  const { slug } = await filePostmortem(page, team.id, { title: "Early typing draft" });

  const held: Route[] = [];
  let holding = true;
  await page.route("**/_next/static/chunks/*.js", (route) => (holding ? held.push(route) : route.continue()));
  await page.goto(`/postmortems/${slug}/edit`, { waitUntil: "commit" });
  await expect(page.getByLabel("Title")).toBeEditable();
  await page.getByLabel("Title").press("End");
  await page.getByLabel("Title").pressSequentially(" (typed early)");
  await page.getByLabel("Impact").pressSequentially("Typed before hydration.");
  await page.getByLabel("Severity tier").selectOption("production");
  const tags = page.getByRole("group", { name: /^Tags/ });
  await tags.getByRole("checkbox", { name: "DNS over UDP and conntrack" }).check();

  holding = false;
  await Promise.all(held.map((route) => route.continue()));
  await editorReady(page);
  // A later edit makes React render every field again: the early text must still be there.
  await page.getByLabel("Kubernetes version (optional)").fill("1.29");

  await expect(page.getByLabel("Title")).toHaveValue("Early typing draft (typed early)");
  await expect(page.getByLabel("Impact")).toHaveValue("Typed before hydration.");
  await expect(page.getByLabel("Severity tier")).toHaveValue("production");
  await expect(tags.getByRole("checkbox", { name: "DNS over UDP and conntrack" })).toBeChecked();
  await expect(saveStatus(page, "All changes saved.")).toBeVisible({ timeout: 15_000 });
  const saved = await (await page.request.get(`/api/v1/postmortems/${slug}`)).json();
  expect(saved).toMatchObject({
    title: "Early typing draft (typed early)",
    impact: "Typed before hydration.",
    severity: "production",
    kubernetesVersion: "1.29",
  });
});
