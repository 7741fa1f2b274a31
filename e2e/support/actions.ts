import { expect, type Page, type Request } from "@playwright/test";

/**
 * Clicks something and captures the server-action request whose body contains `marker`, stopping it and any
 * other request carrying `marker` from reaching the server. Other requests (such as the Markdown preview) pass.
 */
export async function captureAction(page: Page, marker: string, trigger: () => Promise<void>): Promise<Request> {
  let captured: Request | undefined;
  await page.route("**/*", async (route) => {
    const request = route.request();
    // Once the change is captured, no other write from this page may land (the editor retries and queues saves).
    if (captured && request.method() !== "GET") return route.abort();
    if (request.method() !== "GET" && (request.postData() ?? "").includes(marker)) {
      // The server action is captured; anything else carrying the same change (the editor's tab-close flush) is dropped too.
      if (request.method() === "POST" && request.headers()["next-action"]) captured ??= request;
      await route.abort();
    } else await route.continue();
  });
  await trigger();
  await expect.poll(() => Boolean(captured)).toBe(true);
  // Leave offline and without the session cookie before un-routing, so nothing the page still has queued (an
  // autosave retry, the editor's keepalive flush on pagehide, which routing does not see and which can outlive the
  // offline switch) reaches the server as this user; a slower database would otherwise see it land late.
  const context = page.context();
  const cookies = await context.cookies();
  await context.clearCookies();
  await context.setOffline(true);
  await page.goto("about:blank");
  await page.unrouteAll({ behavior: "ignoreErrors" });
  await context.setOffline(false);
  await context.addCookies(cookies);
  return captured!;
}

export async function replay(page: Page, request: Request) {
  const headers = { ...request.headers() };
  delete headers.cookie;
  const response = await page.request.fetch(request.url(), { method: "POST", headers, data: request.postDataBuffer() ?? undefined });
  return { status: response.status(), body: await response.text() };
}
