import type { Page, Route } from "@playwright/test";
import { editFreshDraft, saveStatus as status } from "./support/editor";
import { expect, signIn, test } from "./support/fixtures";

const isSave = (route: Route) => {
  const request = route.request();
  return request.method() === "POST" && Boolean(request.headers()["next-action"]) && (request.postData() ?? "").includes("baseVersion");
};
const serverImpact = async (page: Page, slug: string) => (await (await page.request.get(`/api/v1/postmortems/${slug}`)).json()).impact as string;

test("a save that fails is retried with backoff and the status says so", async ({ page, world }) => {
  const { slug } = await editFreshDraft(page, world);
  let failures = 0;
  await page.route("**/*", async (route) => {
    if (isSave(route) && failures === 0) {
      failures++;
      await route.fulfill({ status: 503, body: "unavailable" });
    } else await route.continue();
  });
  await page.getByLabel("Impact").fill("Saved on the second try");
  await expect(status(page, /retrying in \d+ s/)).toBeVisible({ timeout: 15_000 });
  await expect(status(page, "All changes saved.")).toBeVisible({ timeout: 15_000 });
  expect(failures).toBe(1);
  expect(await serverImpact(page, slug)).toBe("Saved on the second try");
});

test("typing while a save is in flight queues the latest text instead of dropping it", async ({ page, world }) => {
  const { slug } = await editFreshDraft(page, world);
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  let saves = 0;
  await page.route("**/*", async (route) => {
    if (!isSave(route)) return route.continue();
    saves++;
    if (saves === 1) await held;
    await route.continue();
  });
  await page.getByLabel("Impact").fill("First words");
  await expect(status(page, "Saving…")).toBeVisible({ timeout: 15_000 });
  await page.getByLabel("Impact").fill("First words, then more while the first save was on its way");
  // A second save comes due while the first is held: it must wait for it, not vanish.
  await page.getByRole("button", { name: "Save now" }).click();
  await expect(status(page, "Saving…")).toBeVisible();
  expect(saves).toBe(1);
  release();
  await expect(status(page, "All changes saved.")).toBeVisible({ timeout: 15_000 });
  expect(saves).toBe(2);
  expect(await serverImpact(page, slug)).toBe("First words, then more while the first save was on its way");
});

test("a body too large for a keepalive request survives closing the tab through the local copy", async ({ browser, world }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const { slug } = await editFreshDraft(page, world);
  const patches: string[] = [];
  context.on("request", (r) => r.method() === "PATCH" && patches.push(r.url()));
  // Keep the page's own saves from landing, so only the tab-close path is left.
  await page.route("**/*", (route) => (isSave(route) ? route.abort() : route.continue()));
  const body = `## Long story\n\n${"The node pool drained while the CNI restarted. ".repeat(1600)}`;
  expect(body.length).toBeGreaterThan(70_000);
  await page.getByLabel("Story (Markdown)").fill(body);
  await page.close({ runBeforeUnload: true });
  expect(patches, "no keepalive request over 60 KiB").toEqual([]);

  const again = await context.newPage();
  await again.goto(`/postmortems/${slug}/edit`);
  const offer = again.getByRole("region", { name: "This browser has text that was not saved" });
  await expect(offer).toContainText("Long story");
  await offer.getByRole("button", { name: "Restore my unsaved text" }).click();
  await expect(again.getByRole("status").filter({ hasText: "All changes saved." })).toBeVisible({ timeout: 15_000 });
  await again.reload();
  await expect(again.getByLabel("Story (Markdown)")).toHaveValue(body);
  await expect(offer).toHaveCount(0);
  await context.close();
});

test("a new form says it is not saved yet, then becomes the draft's edit page with a clean slug", async ({ page, world }) => {
  const member = await world.user();
  await world.team([{ user: member }]);
  await signIn(page, member);
  await page.goto("/new");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("New postmortem");
  await expect(status(page, "Not saved yet")).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "All changes saved." })).toHaveCount(0);
  await page.getByLabel("Title", { exact: true }).fill("Checkout latency spiked during black friday traffic after the autoscaler lagged");
  await expect(status(page, "All changes saved.")).toBeVisible({ timeout: 15_000 });
  await expect(page).toHaveURL(/\/postmortems\/[a-z0-9-]+\/edit$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Edit postmortem");
  await expect(page).toHaveTitle(/^Edit postmortem/);
  const slug = new URL(page.url()).pathname.split("/")[2]!;
  const words = "checkout-latency-spiked-during-black-friday-traffic-after-the-autoscaler-lagged".split("-");
  expect(words).toContain(slug.split("-").at(-1));
});
