import { request as httpRequest } from "node:http";
import type { Page } from "@playwright/test";
import { hashToken } from "@/lib/auth/secrets";
import { baseURL } from "../playwright.config";
import { serveOtherOrigin } from "./support/other-origin";
import { api, expect, filePostmortem, signIn, sqlite, test, unique, type TestUser, type World } from "./support/fixtures";

const countTitled = (marker: string) =>
  (sqlite.prepare(`SELECT count(*) AS n FROM "Postmortem" WHERE title LIKE ?`).get(`%${marker}%`) as { n: number }).n;
const stateOf = (slug: string) =>
  sqlite.prepare(`SELECT version, status, archivedAt, impact FROM "Postmortem" WHERE slug = ?`).get(slug) as Record<string, unknown>;

/** A signed-in lead of a fresh team. */
async function signedInLead(page: Page, world: World) {
  const user = await world.user();
  const team = await world.team([{ user, role: "lead" }]);
  await signIn(page, user);
  return { user, team };
}

/** A personal API token for `user`, stored as the app stores them (hash only). */
function tokenFor(user: TestUser) {
  const token = `pma_${unique()}${unique()}`;
  sqlite
    .prepare(`INSERT INTO "ApiToken" (userId, name, tokenHash, prefix, createdAt) VALUES (?, ?, ?, ?, ?)`)
    .run(user.id, "csrf test", hashToken(token), token.slice(0, 8), Date.now());
  return token;
}

test("a page on another port cannot write with the victim's session, by form or by fetch", async ({ page, world }) => {
  const { team } = await signedInLead(page, world);
  const marker = `csrf${unique()}`;
  // The classic text/plain trick: the form's one field spells out a JSON body.
  const json = `{"teamId":${team.id},"title":"${marker} form","incidentDate":"2026-01-01","x":"`;
  const attacker = await serveOtherOrigin(`<!doctype html><title>Free kittens</title>
    <form method="post" action="${baseURL}/api/v1/postmortems" enctype="text/plain">
      <input type="hidden" name='${json}' value='"}'><button>Claim</button>
    </form>
    <script>
      fetch(${JSON.stringify(`${baseURL}/api/v1/postmortems`)}, {
        method: "POST", mode: "no-cors", credentials: "include", headers: { "content-type": "text/plain" },
        body: JSON.stringify({ teamId: ${team.id}, title: "${marker} fetch", incidentDate: "2026-01-01" }),
      }).then(() => { document.title = "sent"; }, () => { document.title = "sent"; });
    </script>`);
  try {
    await page.goto(attacker.url);
    await expect(page).toHaveTitle("sent");
    await page.getByRole("button", { name: "Claim" }).click();
    await expect(page.getByText('"error":"cross_site"')).toBeVisible();
    expect(countTitled(marker)).toBe(0);
  } finally {
    await attacker.close();
  }
});

test("every cookie-authenticated API write refuses a foreign or missing Origin", async ({ page, world }) => {
  const { team } = await signedInLead(page, world);
  const { slug } = await filePostmortem(page, team.id, { rootCause: "Before." });
  const run = (await (await api(page).post("/api/v1/runs", { data: { checklist: "node-os", teamId: team.id, target: `c${unique()}` } })).json()) as {
    id: number;
  };
  const marker = `csrf${unique()}`;
  const before = stateOf(slug);
  const writes: [string, string, Record<string, unknown>][] = [
    ["POST", "/api/v1/postmortems", { teamId: team.id, title: `${marker} new`, incidentDate: "2026-01-01" }],
    ["PATCH", `/api/v1/postmortems/${slug}`, { baseVersion: before.version, impact: marker }],
    ["POST", `/api/v1/postmortems/${slug}/archive`, {}],
    ["POST", `/api/v1/postmortems/${slug}/submit`, {}],
    ["PUT", `/api/v1/postmortems/${slug}/tags`, { tags: ["snat"] }],
    ["POST", "/api/v1/runs", { checklist: "node-os", teamId: team.id, target: marker }],
    ["POST", `/api/v1/runs/${run.id}/answers`, { itemId: 1, status: "done", baseVersion: 0 }],
  ];
  const attempts: [string, Record<string, string>][] = [
    ["foreign Origin", { origin: "http://evil.example" }],
    ["another port", { origin: baseURL.replace(/:(\d+)$/, (_, port) => `:${Number(port) + 7}`) }],
    ["Origin null", { origin: "null" }],
    ["same-site fetch metadata", { "sec-fetch-site": "same-site" }],
    ["cross-site fetch metadata", { "sec-fetch-site": "cross-site" }],
    ["no Origin and no fetch metadata", {}],
  ];
  for (const [what, headers] of attempts) {
    for (const [method, path, data] of writes) {
      const response = await page.request.fetch(path, { method, data, headers: { "content-type": "application/json", ...headers } });
      expect(response.status(), `${what}: ${method} ${path}`).toBe(403);
      expect((await response.json()).error).toBe("cross_site");
    }
  }
  expect(stateOf(slug)).toEqual(before);
  expect(countTitled(marker)).toBe(0);
});

test("cookie-authenticated writes must declare JSON; same-origin fetch metadata stands in for a missing Origin", async ({ page, world }) => {
  const { team } = await signedInLead(page, world);
  const marker = `csrf${unique()}`;
  const body = JSON.stringify({ teamId: team.id, title: `${marker} a`, incidentDate: "2026-01-01" });
  for (const type of ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/jsonx"]) {
    const response = await page.request.post("/api/v1/postmortems", { data: body, headers: { origin: baseURL, "content-type": type } });
    expect(response.status(), type).toBe(415);
    expect((await response.json()).error).toBe("unsupported_media_type");
  }
  const bodiless = await page.request.post(`/api/v1/postmortems/nothing-${marker}/submit`, { headers: { origin: baseURL } });
  expect(bodiless.status()).toBe(415);
  expect(countTitled(marker)).toBe(0);

  const viaMetadata = await page.request.post("/api/v1/postmortems", {
    data: body,
    headers: { "content-type": "application/json; charset=utf-8", "sec-fetch-site": "same-origin" },
  });
  expect(viaMetadata.status(), await viaMetadata.text()).toBe(201);
  expect(countTitled(marker)).toBe(1);
});

test("token-authenticated writes are exempt: another site cannot hold the token", async ({ request, world }) => {
  const user = await world.user();
  const team = await world.team([{ user, role: "lead" }]);
  const marker = `csrf${unique()}`;
  const response = await request.post("/api/v1/postmortems", {
    data: JSON.stringify({ teamId: team.id, title: `${marker} token`, incidentDate: "2026-01-01" }),
    headers: { authorization: `Bearer ${tokenFor(user)}`, origin: "http://evil.example", "content-type": "text/plain" },
  });
  expect(response.status(), await response.text()).toBe(201);
  expect(countTitled(marker)).toBe(1);
});

test("a chunked body is cut off at 1 MB with 413, without waiting for the rest", async ({ world }) => {
  const user = await world.user();
  const token = tokenFor(user);
  const status = await new Promise<number>((resolve, reject) => {
    const target = new URL("/api/v1/postmortems", baseURL);
    const outgoing = httpRequest(target, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json", "transfer-encoding": "chunked" },
    });
    outgoing.on("response", (response) => {
      resolve(response.statusCode ?? 0);
      outgoing.destroy();
    });
    outgoing.on("error", (error) => (outgoing.destroyed ? undefined : reject(error)));
    // 1.2 MB of a JSON string, and the body is never finished: only a streaming limit can answer.
    outgoing.write(`{"title":"`);
    const chunk = "x".repeat(64 * 1024);
    for (let sent = 0; sent < 1_200_000; sent += chunk.length) outgoing.write(chunk);
  });
  expect(status).toBe(413);
});
