import { expect, signIn, test } from "./support/fixtures";

const TECHNIQUE = "Inspect the node's conntrack table";
const EXERCISE = "/postmortems/mindtickle-2020-eks-snat/study";
// A phrase of the story's root cause, which must not be in the page before the reveal.
const ROOT_CAUSE = "rewrote pod source addresses";

test("techniques link both ways, show in search, and anonymous progress is imported at sign-in and stays private", async ({
  page,
  browser,
  world,
}) => {
  await page.goto("/postmortems?q=conntrack");
  const found = page.getByRole("region", { name: "Debugging techniques" });
  await expect(found.getByText("Technique", { exact: true }).first()).toBeVisible();
  await found.getByRole("link", { name: TECHNIQUE }).click();
  await expect(page.getByRole("heading", { level: 1, name: TECHNIQUE })).toBeVisible();

  // Technique → story → technique.
  await page
    .getByRole("region", { name: "Stories where it helps" })
    .getByRole("link", { name: /Preply/ })
    .click();
  await page.getByRole("region", { name: "Techniques that help here" }).getByRole("link", { name: TECHNIQUE }).click();
  await expect(page).toHaveURL(/\/techniques\/conntrack-table$/);

  // Anonymous: kept in this browser.
  const marks = page.getByRole("group", { name: `Study progress for ${TECHNIQUE}` });
  await marks.getByRole("button", { name: "Mark as studied" }).click();
  await marks.getByRole("button", { name: "Bookmark" }).click();
  await expect(marks.getByRole("button", { name: "Studied — undo" })).toBeVisible();
  await page.goto("/study");
  const progress = page.getByRole("region", { name: "Your progress" });
  await expect(progress).toContainText("1 studied · kept in this browser");
  await expect(progress.getByRole("link", { name: TECHNIQUE })).toBeVisible();

  // Signing in offers the browser's progress for import.
  const reader = await world.user();
  await signIn(page, reader);
  await page.goto("/study");
  await page.getByRole("region", { name: "Progress saved in this browser" }).getByRole("button", { name: "Import my progress" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Imported 1 item into your account." })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("region", { name: "Your progress" })).toContainText("1 studied · private to you");
  await expect(page.getByRole("region", { name: "Progress saved in this browser" })).toBeHidden();
  await expect(page.getByRole("region", { name: "Your progress" }).getByRole("link", { name: TECHNIQUE })).toBeVisible();

  // Marking in the account persists; "Next up" moves on.
  await page.goto("/postmortems/glasskube-eks-without-node-group");
  await page
    .getByRole("form", { name: /Study progress for/ })
    .getByRole("button", { name: "Mark as studied" })
    .click();
  await expect(page.getByRole("button", { name: "Studied — undo" })).toBeVisible();
  await page.goto("/study");
  await expect(page.getByRole("region", { name: "Your progress" })).toContainText("2 studied");
  await expect(page.getByRole("region", { name: "Your progress" }).getByText("Next up")).toBeVisible();

  // Another reader sees none of it.
  const otherContext = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": "10.9.9.9" } });
  const other = await otherContext.newPage();
  await signIn(other, await world.user());
  await other.goto("/study");
  await expect(other.getByRole("region", { name: "Your progress" })).toContainText("0 studied · private to you");
  await expect(other.getByRole("region", { name: "Your progress" }).getByRole("link", { name: TECHNIQUE })).toBeHidden();
  await otherContext.close();
});

test("study a story: the cause stays out of the page until the reveal, and the answer is kept privately", async ({ page, world }) => {
  const reader = await world.user();
  await signIn(page, reader);
  await page.goto("/postmortems/mindtickle-2020-eks-snat");
  await page.getByRole("link", { name: "Study this story" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "MindTickle, 2020" })).toBeVisible();
  expect(await page.content()).not.toContain(ROOT_CAUSE);

  await page.setViewportSize({ width: 390, height: 844 });
  await page.getByRole("textbox", { name: "What would you check first, and why?" }).fill("Compare DNS answers from a pod and from the node.");
  await page.getByRole("radio", { name: /Inspect the node's conntrack table/ }).check();
  await page.getByRole("button", { name: "Reveal what happened" }).click();
  const reveal = page.getByRole("region", { name: "What happened" });
  await expect(reveal).toContainText("It is not among the checks that would have found the cause");
  await expect(reveal).toContainText(ROOT_CAUSE);
  await expect(reveal).toContainText("Compare DNS answers from a pod and from the node.");
  await expect(reveal.getByRole("link", { name: /source NAT|SNAT/i }).first()).toBeVisible();

  await page.goto("/study");
  await expect(page.getByRole("region", { name: "Your exercise answers" })).toContainText("Compare DNS answers from a pod and from the node.");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("an exercise reveals through a form post, and a signed-in reader marks a story studied", async ({ page, world }) => {
    await page.goto(EXERCISE);
    expect(await page.content()).not.toContain(ROOT_CAUSE);
    await page.getByRole("radio", { name: /source-NAT behaviour/ }).check();
    await page.getByRole("button", { name: "Reveal what happened" }).click();
    await expect(page.getByRole("region", { name: "What happened" })).toContainText("It is among the checks that would have found the cause");
    await expect(page.getByRole("region", { name: "What happened" })).toContainText(ROOT_CAUSE);

    await signIn(page, await world.user());
    await page.goto("/postmortems/reddit-2023-pi-day-outage");
    await page.getByRole("button", { name: "Bookmark" }).click();
    await expect(page.getByRole("button", { name: "Bookmarked — remove" })).toBeVisible();
    await page.goto("/study");
    await expect(page.getByRole("region", { name: "Your progress" }).getByRole("link", { name: /Pi-Day/ })).toBeVisible();
  });
});
