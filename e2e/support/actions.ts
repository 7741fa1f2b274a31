import { expect, type Page, type Request } from "@playwright/test";

/**
 * Clicks something and captures the server-action request whose body contains `marker`, stopping it
 * from reaching the server. Other actions the page sends (such as the Markdown preview) pass through.
 */
export async function captureAction(page: Page, marker: string, trigger: () => Promise<void>): Promise<Request> {
  let captured: Request | undefined;
  await page.route("**/*", async (route) => {
    const request = route.request();
    if (request.method() === "POST" && request.headers()["next-action"] && (request.postData() ?? "").includes(marker)) {
      captured ??= request;
      await route.abort();
    } else await route.continue();
  });
  await trigger();
  await expect.poll(() => Boolean(captured)).toBe(true);
  // Leave before un-routing, so nothing the page still has queued (an autosave) reaches the server.
  await page.goto("about:blank");
  await page.unrouteAll({ behavior: "ignoreErrors" });
  return captured!;
}

export async function replay(page: Page, request: Request) {
  const headers = { ...request.headers() };
  delete headers.cookie;
  const response = await page.request.fetch(request.url(), { method: "POST", headers, data: request.postDataBuffer() ?? undefined });
  return { status: response.status(), body: await response.text() };
}
