import { expectNoAxeViolationsInBothSchemes } from "./support/axe";
import http from "node:http";
import type { AddressInfo } from "node:net";
import type { Browser, Page } from "@playwright/test";
import { verifyWebhook } from "@/lib/notifications/signing";
import { baseURL, SMTP_PORT } from "../playwright.config";
import { startSmtpSink } from "./support/smtp-sink";
import { expect, filePostmortem, PUBLISHABLE, signIn, test, unique, type TestUser } from "./support/fixtures";

// The team workflow's messages end to end: the inbox, mail read from a real SMTP server on loopback, a webhook
// receiver that fails once, and password reset by mail. One sink per file, so the tests run in one worker.
test.describe.configure({ mode: "serial" });

let sink: Awaited<ReturnType<typeof startSmtpSink>>;
test.beforeAll(async () => {
  sink = await startSmtpSink(SMTP_PORT);
});
test.afterAll(async () => {
  await sink?.close();
});

/** A receiver that answers 500 to the first call and 200 after, keeping what it got. */
async function startReceiver() {
  const calls: { status: number; key: string; event: string; timestamp: number; signature: string; body: string }[] = [];
  const server = http.createServer((request, response) => {
    let body = "";
    request.on("data", (chunk) => (body += chunk));
    request.on("end", () => {
      const status = calls.length === 0 ? 500 : 200;
      calls.push({
        status,
        body,
        key: String(request.headers["x-atlas-delivery"]),
        event: String(request.headers["x-atlas-event"]),
        timestamp: Number(request.headers["x-atlas-timestamp"]),
        signature: String(request.headers["x-atlas-signature"]),
      });
      response.statusCode = status;
      response.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`, calls, close: () => server.close() };
}

/** The new pages are axe-clean in both colour schemes. */
async function expectAxeClean(page: Page) {
  await expectNoAxeViolationsInBothSchemes(page, page.url());
}

async function signedIn(browser: Browser, user: TestUser): Promise<Page> {
  const context = await browser.newContext({
    baseURL,
    extraHTTPHeaders: { "x-forwarded-for": `10.77.${Math.floor(Math.random() * 250)}.${1 + Math.floor(Math.random() * 250)}` },
  });
  const page = await context.newPage();
  await signIn(page, user);
  return page;
}

test("a send-back reaches the author's inbox and mail, an @mention its member, and the team's webhook, signed and retried", async ({
  browser,
  world,
}) => {
  test.setTimeout(240_000);
  const lead = await world.user({ name: `Lee ${unique()}` });
  const author = await world.user({ name: `Ann ${unique()}` });
  const mate = await world.user({ name: `Max ${unique()}` });
  const team = await world.team([{ user: lead, role: "lead" }, { user: author }, { user: mate }]);
  const receiver = await startReceiver();
  try {
    const leadPage = await signedIn(browser, lead);
    await leadPage.goto(`/teams/${team.slug}`);
    await leadPage.getByLabel("Receiver URL").fill(receiver.url);
    await leadPage.getByRole("button", { name: "Add webhook" }).click();
    const secret = await leadPage.getByRole("textbox", { name: /Signing secret/ }).inputValue();
    expect(secret).toMatch(/^whsec_/);

    const authorPage = await signedIn(browser, author);
    const { slug } = await filePostmortem(authorPage, team.id, { ...PUBLISHABLE, lessons: ["Watch conntrack"] });
    await authorPage.goto(`/postmortems/${slug}`);
    await authorPage.getByRole("button", { name: "Submit for review" }).click();
    await expect(authorPage.getByRole("heading", { name: /Review: In review/ })).toBeVisible();

    // The lead is told, and sends it back with a comment that mentions a team mate.
    await leadPage.goto("/inbox");
    await expect(leadPage.getByRole("link", { name: new RegExp(`${author.name} asks for a review`) })).toBeVisible();
    await leadPage.getByRole("link", { name: new RegExp(`${author.name} asks for a review`) }).click();
    await expect(leadPage).toHaveURL(new RegExp(`/postmortems/${slug}$`));
    const handle = mate.email.split("@")[0]!;
    await leadPage.getByText("Send back with a comment").click();
    await leadPage.getByLabel("What needs to change").fill(`Explain the SNAT limit, @${handle} knows it.`);
    await leadPage.getByRole("button", { name: "Send back", exact: true }).click();
    await expect(leadPage.getByRole("heading", { name: /Review: Draft/ })).toBeVisible();

    // The author: the header counts it, the inbox links to the comment, the comment stays on the page.
    await authorPage.goto("/");
    await authorPage.getByRole("link", { name: "Inbox, 1 unread" }).click();
    const item = authorPage.getByRole("link", { name: new RegExp(`${lead.name} sent back`) });
    await expect(authorPage.getByRole("list", { name: "Notifications" })).toContainText("Explain the SNAT limit");
    await expectAxeClean(authorPage);
    await item.click();
    const thread = authorPage.getByRole("list", { name: "Comment threads" }).getByRole("listitem").first();
    await expect(thread).toContainText(`${lead.name} sent it back`);
    await expect(thread).toContainText("Explain the SNAT limit");
    // The author answers in the thread, resolves it, resubmits, then withdraws the submission.
    await thread.locator("summary", { hasText: "Reply" }).click();
    await thread.getByLabel("Reply", { exact: true }).fill("Added a paragraph on **conntrack**.");
    await thread.getByRole("button", { name: "Post reply" }).click();
    await expect(thread.getByRole("list", { name: "Replies" })).toContainText("Added a paragraph on conntrack.");
    await thread.getByRole("button", { name: "Resolve thread" }).click();
    await expect(thread.getByText("Resolved", { exact: true })).toBeVisible();
    await expectAxeClean(authorPage);
    await authorPage.getByRole("button", { name: "Submit for review" }).click();
    await authorPage.getByRole("button", { name: "Withdraw to draft" }).click();
    await expect(authorPage.getByRole("heading", { name: /Review: Draft/ })).toBeVisible();

    // The mention reaches the team mate.
    const matePage = await signedIn(browser, mate);
    await matePage.goto("/inbox");
    await expect(matePage.getByRole("link", { name: new RegExp(`${lead.name} mentioned you`) })).toBeVisible();
    await matePage.getByRole("button", { name: "Mark all read" }).click();
    await expect(matePage.getByText("Nothing unread.")).toBeVisible();
    await expect(matePage.getByRole("link", { name: "Inbox", exact: true })).toBeVisible();

    // The author's mail, from the SMTP sink: the comment, a link to it, and an unsubscribe link for that kind.
    await expect.poll(() => sink.to(author.email).some((mail) => mail.text.includes("Explain the SNAT limit")), { timeout: 30_000 }).toBe(true);
    const mail = sink.to(author.email).find((m) => m.text.includes("Explain the SNAT limit"))!;
    expect(mail.text).toContain(`${baseURL}/postmortems/${slug}#comment-`);
    expect(mail.text).toMatch(/unsubscribe\?u=\d+&k=sent_back&t=/);
    expect(mail.raw).toMatch(/Content-Type: text\/html/i);

    // The webhook: submitted failed once with 500 and came again with the same delivery id; every call is signed.
    await expect
      .poll(() => receiver.calls.filter((c) => c.status === 200).map((c) => c.event), { timeout: 30_000 })
      .toEqual(expect.arrayContaining(["submitted", "sent_back"]));
    const [failed] = receiver.calls;
    expect(failed).toMatchObject({ status: 500, event: "submitted" });
    expect(receiver.calls.filter((c) => c.key === failed!.key).map((c) => c.status)).toEqual([500, 200]);
    for (const call of receiver.calls) expect(verifyWebhook(secret, call.timestamp, call.body, call.signature)).toBe(true);
    const sentBack = JSON.parse(receiver.calls.find((c) => c.event === "sent_back")!.body) as { text: string; comment: string };
    // The link opens the send-back comment on the postmortem.
    expect(sentBack.text).toContain(`${lead.name}: <${baseURL}/postmortems/${slug}#comment-`);
    expect(sentBack.comment).toContain("Explain the SNAT limit");

    // Leads see the delivery log.
    await leadPage.goto(`/teams/${team.slug}`);
    const log = leadPage.getByRole("table", { name: "Webhook deliveries, newest first" });
    await expect(log.getByRole("row", { name: /sent back/ }).first()).toContainText("Delivered");
    await expectAxeClean(leadPage);
    await expect(
      log
        .getByRole("row", { name: /submitted/ })
        .last()
        .getByRole("cell", { name: "2", exact: true }),
    ).toBeVisible();

    // At 390 px the inbox still works.
    await authorPage.setViewportSize({ width: 390, height: 800 });
    await authorPage.goto("/inbox");
    await authorPage.getByRole("button", { name: /^Mark read: / }).click();
    await expect(authorPage.getByText("Nothing unread.")).toBeVisible();
  } finally {
    receiver.close();
  }
});

test("password reset by mail: same answer for unknown emails, single use, ends other sessions; admins make links", async ({
  page,
  browser,
  world,
}) => {
  test.setTimeout(90_000);
  const user = await world.user();
  const admin = await world.user({ admin: true });
  const elsewhere = await signedIn(browser, user);
  await elsewhere.goto("/settings");
  await expect(elsewhere.getByRole("heading", { name: "Settings" })).toBeVisible();

  await page.goto("/signin");
  await page.getByRole("link", { name: "Forgot password?" }).click();
  await expect(page).toHaveURL(/\/forgot-password/);
  await page.getByRole("textbox", { name: "Email" }).fill(`nobody-${unique()}@example.test`);
  await page.getByRole("button", { name: "Send me a link" }).click();
  const answer = page.getByRole("status");
  await expect(answer).toContainText("If an account uses this email");
  const unknownAnswer = await answer.textContent();
  await page.getByRole("textbox", { name: "Email" }).fill(user.email.toUpperCase());
  await page.getByRole("button", { name: "Send me a link" }).click();
  await expect(answer).toHaveText(unknownAnswer!);

  await expect.poll(() => sink.to(user.email).length, { timeout: 20_000 }).toBe(1);
  const link = /\/reset-password\/[\w-]+/.exec(sink.to(user.email)[0]!.text)?.[0];
  expect(link).toBeTruthy();
  const newPassword = `new-${unique()}-long-password`;
  await page.goto(link!);
  await page.getByRole("textbox", { name: "New password", exact: true }).fill(newPassword);
  await page.getByLabel("Repeat the new password").fill(newPassword);
  await page.getByRole("button", { name: "Set password" }).click();
  await expect(page.getByRole("status")).toContainText("every session of your account was signed out");

  // The other session is over, the link is spent, the new password works.
  await elsewhere.goto("/settings");
  await expect(elsewhere).toHaveURL(/\/signin/);
  await page.goto(link!);
  await expect(page.getByText("This link has expired or was already used.")).toBeVisible();
  await signIn(page, { email: user.email, password: newPassword });

  // Without mail, an admin hands a link over.
  const adminPage = await signedIn(browser, admin);
  await adminPage.goto(`/admin/users?q=${encodeURIComponent(user.email)}`);
  await adminPage.getByRole("button", { name: `Create reset link for ${user.name}` }).click();
  await expect(adminPage.getByRole("textbox", { name: /Reset link/ })).toHaveValue(new RegExp(`^${baseURL}/reset-password/`));
});

test("a webhook cannot point at the metadata service, localhost or the private network", async ({ browser, world }) => {
  const lead = await world.user();
  const team = await world.team([{ user: lead, role: "lead" }]);
  const page = await signedIn(browser, lead);
  await page.goto(`/teams/${team.slug}`);
  for (const url of ["http://169.254.169.254/latest/meta-data", "http://localhost:3000/internal", "http://10.0.0.7/hook", "http://[::1]:8080/hook"]) {
    await page.getByLabel("Receiver URL").fill(url);
    await page.getByRole("button", { name: "Add webhook" }).click();
    await expect(page.getByText(/Webhooks can only call public addresses/)).toBeVisible();
    await expect(page.getByLabel("Receiver URL"), "what was typed stays, to be corrected").toHaveValue(url);
  }
  await expect(page.getByRole("textbox", { name: /Signing secret/ })).toHaveCount(0);
});
