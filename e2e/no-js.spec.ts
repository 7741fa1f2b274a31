import { expect, test } from "@playwright/test";

test.use({ javaScriptEnabled: false });

test("reading pages and filters work with JavaScript disabled", async ({ page }) => {
  await page.goto("/postmortems");
  const form = page.getByRole("form", { name: "Filter postmortems" });
  await form
    .getByRole("group", { name: "Severity tier" })
    .getByRole("checkbox", { name: /Trivial/ })
    .check();
  await form.getByRole("searchbox", { name: "Search" }).fill("minikube");
  await form.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/q=minikube/);
  await expect(page).toHaveURL(/severity=trivial/);
  await expect(page.getByRole("status")).toHaveText("Showing 1–1 of 1 postmortem");
  await page.getByRole("link", { name: "A laptop nearly melts running GitLab on minikube" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("A laptop nearly melts running GitLab on minikube");
  await expect(page.getByRole("region", { name: "Timeline" })).toBeVisible();
});

test("keyboard users can skip to content and reach the filters", async ({ page }) => {
  await page.goto("/postmortems");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
});

test("checklists read, and the exposure form works as a plain GET form", async ({ page }) => {
  await page.goto("/exposure");
  await page.getByRole("radio", { name: "GKE" }).check();
  await page.getByRole("checkbox", { name: "OPA / Gatekeeper" }).check();
  await page.getByRole("button", { name: "Show my exposure" }).click();
  await expect(page).toHaveURL(/platform=gke&admission=opa/);
  await expect(page.getByRole("list", { name: "Matching stories, best first" }).getByRole("listitem").first()).toContainText("OPA webhook");
  const upgrades = (await (await page.request.get("/api/v1/checklists/upgrades")).json()) as { items: unknown[] };
  expect(upgrades.items.length).toBeGreaterThan(0);
  await page.goto("/checklists/upgrades");
  await expect(page.getByRole("article")).toHaveCount(upgrades.items.length);
});
