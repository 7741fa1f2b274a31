import { api, expect, filePostmortem, signIn, test } from "./support/fixtures";

const ALL_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"];

/** Every route under app/api/v1 with the methods it answers (HEAD comes with GET, OPTIONS with all). */
const ROUTES: [string, string[]][] = [
  ["/api/v1/postmortems", ["GET", "POST"]],
  ["/api/v1/postmortems/some-slug", ["GET", "PATCH"]],
  ...["archive", "publish", "restore", "submit", "send-back", "unpublish"].map((a): [string, string[]] => [
    `/api/v1/postmortems/some-slug/${a}`,
    ["POST"],
  ]),
  ["/api/v1/postmortems/some-slug/tags", ["PUT"]],
  ["/api/v1/runs", ["POST"]],
  ["/api/v1/runs/1", ["GET"]],
  ["/api/v1/runs/1/answers", ["POST"]],
  ["/api/v1/tags", ["GET"]],
  ["/api/v1/checklists", ["GET"]],
  ["/api/v1/checklists/some-slug", ["GET"]],
];

const allowOf = (methods: string[]) => [...methods, ...(methods.includes("GET") ? ["HEAD"] : []), "OPTIONS"].sort().join(", ");

test("unsupported methods answer 405 JSON with an Allow header; OPTIONS lists the same", async ({ request }) => {
  for (const [path, methods] of ROUTES) {
    for (const method of ALL_METHODS.filter((m) => !methods.includes(m))) {
      const response = await request.fetch(path, { method, data: method === "GET" ? undefined : {} });
      expect(response.status(), `${method} ${path}`).toBe(405);
      expect(response.headers()["allow"], `${method} ${path}`).toBe(allowOf(methods));
      expect((await response.json()).error).toBe("method_not_allowed");
    }
    const options = await request.fetch(path, { method: "OPTIONS" });
    expect(options.status(), `OPTIONS ${path}`).toBe(204);
    expect(options.headers()["allow"]).toBe(allowOf(methods));
  }
});

test("unknown API paths stay 404 JSON for every method", async ({ request }) => {
  for (const method of ALL_METHODS) {
    const response = await request.fetch("/api/v1/no-such-thing/here", { method, data: method === "GET" ? undefined : {} });
    expect(response.status(), method).toBe(404);
    expect((await response.json()).error).toBe("not_found");
  }
});

test("a path segment that is not valid percent-encoding is a 404, never a 500", async ({ page, request, world }) => {
  const user = await world.user({ admin: true });
  await signIn(page, user);
  const pages = [
    "/postmortems/%ff%fe",
    "/postmortems/%ff%fe/edit",
    "/postmortems/%ff%fe/history",
    "/postmortems/%ff%fe/tags",
    "/tags/%ff",
    "/categories/%ff",
    "/checklists/%c0%af",
    "/runs/%ff",
    "/runs/%ff/compare",
    "/runs/%ff/export",
    "/teams/%ff",
    "/invite/%ff",
    "/admin/taxonomy/tags/%e0%a4",
    "/postmortems/%E0%A4%A",
  ];
  for (const path of pages) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { name: "Not found" }), path).toBeVisible();
  }
  const reads = ["/api/v1/postmortems/%ff%fe", "/api/v1/checklists/%ff", "/api/v1/runs/%ff", "/api/v1/postmortems/%ff%fe/submit"];
  for (const path of reads) {
    const response = await request.get(path);
    expect([400, 404, 405], path).toContain(response.status());
    expect((await response.json()).error, path).toEqual(expect.any(String));
  }
  const writes: [string, string][] = [
    ["PATCH", "/api/v1/postmortems/%ff%fe"],
    ["POST", "/api/v1/postmortems/%ff%fe/submit"],
    ["PUT", "/api/v1/postmortems/%ff%fe/tags"],
    ["POST", "/api/v1/runs/%ff/answers"],
  ];
  for (const [method, path] of writes) {
    const response = await api(page)[method.toLowerCase() as "post"](path, { data: { baseVersion: 1, tags: [] } });
    expect([400, 404], `${method} ${path}`).toContain(response.status());
    expect((await response.json()).error).toEqual(expect.any(String));
  }
});

test("a lone surrogate in any JSON string is a 400 naming the field", async ({ page, world }) => {
  const user = await world.user();
  const team = await world.team([{ user, role: "lead" }]);
  await signIn(page, user);
  const raw = (fields: string) => `{"teamId":${team.id},"incidentDate":"2026-01-01",${fields}}`;
  const created = await api(page).post("/api/v1/postmortems", { data: raw(`"title":"Half a pair \\ud800","lessons":["fine","\\udfff alone"]`) });
  expect(created.status()).toBe(400);
  const body = await created.json();
  expect(body.error).toBe("invalid_input");
  expect(Object.keys(body.fields).sort()).toEqual(["lessons.1", "title"]);

  // A well-formed pair (an emoji written as escapes) is fine.
  const pair = await api(page).post("/api/v1/postmortems", { data: raw(`"title":"Fire \\ud83d\\udd25 drill"`) });
  expect(pair.status(), await pair.text()).toBe(201);

  const { slug, version } = await filePostmortem(page, team.id);
  const patched = await api(page).patch(`/api/v1/postmortems/${slug}`, { data: `{"baseVersion":${version},"impact":"\\udc00"}` });
  expect(patched.status()).toBe(400);
  expect((await patched.json()).fields).toEqual({ impact: [expect.stringContaining("surrogate")] });
});
