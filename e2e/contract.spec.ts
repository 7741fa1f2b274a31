import type { APIResponse } from "@playwright/test";
import { z } from "zod";
import { api, expect, filePostmortem, filePublished, PUBLISHABLE, signIn, test, unique } from "./support/fixtures";

type Json = Record<string, unknown>;
type Doc = { paths: Record<string, Record<string, { responses: Record<string, Json> }>>; components: { responses: Record<string, Json> } };

/**
 * Checks an answer against the schema the served /api/v1/openapi.json gives for that path, method and status,
 * turned back into a validator with zod (objects are closed there, so an undocumented field fails too).
 */
async function expectConforms(doc: Doc, path: string, method: string, response: APIResponse) {
  const status = String(response.status());
  let described = doc.paths[path]?.[method]?.responses[status];
  expect(described, `${method.toUpperCase()} ${path} does not describe ${status}: ${await response.text()}`).toBeDefined();
  if (typeof described?.$ref === "string") described = doc.components.responses[described.$ref.split("/").pop()!];
  const content = described?.content as { "application/json": { schema: Json } };
  let schema = content["application/json"].schema;
  if (typeof schema.$ref === "string")
    schema = (doc as unknown as { components: { schemas: Record<string, Json> } }).components.schemas[schema.$ref.split("/").pop()!]!;
  const parsed = z.fromJSONSchema(schema as never).safeParse(await response.json());
  expect(parsed.success ? [] : parsed.error.issues, `${method.toUpperCase()} ${path} → ${status}`).toEqual([]);
}

test("contract: every GET endpoint and the main writes answer as /api/v1/openapi.json describes", async ({ page, request, world }) => {
  const documentResponse = await request.get("/api/v1/openapi.json");
  expect(documentResponse.status()).toBe(200);
  const doc = (await documentResponse.json()) as Doc;
  const get = async (path: string, url: string, client = request) => expectConforms(doc, path, "get", await client.get(`/api/v1${url}`));
  await get("/openapi.json", "/openapi.json");

  // Anonymous reads: lists (plain, searched with snippets, listed entries), records, taxonomy and checklists.
  await get("/postmortems", "/postmortems?pageSize=100");
  await get("/postmortems", "/postmortems?q=dns");
  await get("/postmortems", "/postmortems?coverage=listed&pageSize=50");
  await get("/postmortems/{slug}", "/postmortems/reddit-2023-pi-day-outage");
  await get("/postmortems/{slug}", "/postmortems/palark-redis-operator-data-loss");
  const listed = (await (await request.get("/api/v1/postmortems?coverage=listed&pageSize=1")).json()) as { items: { slug: string }[] };
  await get("/postmortems/{slug}", `/postmortems/${listed.items[0]!.slug}`);
  await get("/tags", "/tags");
  await get("/checklists", "/checklists");
  await get("/checklists/{slug}", "/checklists/admission-webhooks");
  // Errors have the one described shape.
  await get("/postmortems", "/postmortems?severity=bogus");
  await get("/postmortems/{slug}", "/postmortems/does-not-exist");
  await get("/suggestions", "/suggestions");
  await get("/action-items", "/action-items");
  await get("/similar", "/similar?title=DNS%20outage%20after%20an%20upgrade&tag=dns&component=coredns");
  await get("/similar", "/similar?tag=Not%20A%20Slug");
  await get("/postmortems/{slug}/exercise", "/postmortems/reddit-2023-pi-day-outage/exercise");
  await get("/postmortems/{slug}/exercise", "/postmortems/does-not-exist/exercise");
  await expectConforms(doc, "/postmortems", "post", await request.post("/api/v1/postmortems", { data: { title: "x" } }));

  // Writes as a team lead (session cookie), then the reads that need one.
  const lead = await world.user();
  const team = await world.team([{ user: lead, role: "lead" }]);
  await signIn(page, lead);
  const write = api(page);
  const created = await write.post("/api/v1/postmortems", { data: { teamId: team.id, title: `Contract ${unique()}`, incidentDate: "2026-05-04" } });
  expect(created.status()).toBe(201);
  await expectConforms(doc, "/postmortems", "post", created);
  const { slug } = (await created.json()) as { slug: string };
  const patch = await write.patch(`/api/v1/postmortems/${slug}`, {
    data: { baseVersion: 1, ...PUBLISHABLE, summary: "Filed by the contract test." },
  });
  await expectConforms(doc, "/postmortems/{slug}", "patch", patch);
  const { version } = (await patch.json()) as { version: number };
  const partly = await write.patch(`/api/v1/postmortems/${slug}`, {
    data: { baseVersion: version, impact: "Some.", sources: [{ title: "x", url: "javascript:1" }] },
  });
  expect(partly.status()).toBe(400);
  await expectConforms(doc, "/postmortems/{slug}", "patch", partly);
  const stale = await write.patch(`/api/v1/postmortems/${slug}`, { data: { baseVersion: 1, impact: "Stale." } });
  expect(stale.status()).toBe(409);
  await expectConforms(doc, "/postmortems/{slug}", "patch", stale);
  await expectConforms(
    doc,
    "/postmortems/{slug}/tags",
    "put",
    await write.put(`/api/v1/postmortems/${slug}/tags`, { data: { tags: ["snat", "dns"] } }),
  );
  await expectConforms(doc, "/postmortems/{slug}/submit", "post", await write.post(`/api/v1/postmortems/${slug}/submit`));
  const published = await write.post(`/api/v1/postmortems/${slug}/publish`);
  expect(published.status()).toBe(200);
  await expectConforms(doc, "/postmortems/{slug}/publish", "post", published);
  await get("/postmortems/{slug}", `/postmortems/${slug}`, page.request);
  const unpublished = await write.post(`/api/v1/postmortems/${slug}/unpublish`, { data: { reason: "Checking the contract." } });
  await expectConforms(doc, "/postmortems/{slug}/unpublish", "post", unpublished);
  await expectConforms(doc, "/postmortems/{slug}/archive", "post", await write.post(`/api/v1/postmortems/${slug}/archive`));
  await expectConforms(doc, "/postmortems/{slug}/restore", "post", await write.post(`/api/v1/postmortems/${slug}/restore`));
  const draft = await filePostmortem(page, team.id);
  await write.post(`/api/v1/postmortems/${draft.slug}/submit`);
  const sentBack = await write.post(`/api/v1/postmortems/${draft.slug}/send-back`, { data: { comment: "Add a timeline." } });
  expect(sentBack.status()).toBe(200);
  await expectConforms(doc, "/postmortems/{slug}/send-back", "post", sentBack);

  const run = await write.post("/api/v1/runs", { data: { checklist: "admission-webhooks", teamId: team.id, target: "contract cluster" } });
  expect(run.status()).toBe(201);
  await expectConforms(doc, "/runs", "post", run);
  const { id } = (await run.json()) as { id: number };
  const runRecord = await page.request.get(`/api/v1/runs/${id}`);
  await expectConforms(doc, "/runs/{id}", "get", runRecord);
  const itemId = ((await runRecord.json()) as { items: { id: number }[] }).items[0]!.id;
  const answered = await write.post(`/api/v1/runs/${id}/answers`, { data: { itemId, status: "done", note: "Checked.", baseVersion: 0 } });
  expect(answered.status()).toBe(200);
  await expectConforms(doc, "/runs/{id}/answers", "post", answered);
  await expectConforms(doc, "/runs/{id}", "get", await request.get(`/api/v1/runs/${id}`));

  const suggestion = await write.post("/api/v1/suggestions", {
    data: { url: `https://blog.example.com/${unique()}/outage`, title: "An outage", organization: "Org", year: 2021, why: "A lesson worth telling." },
  });
  expect(suggestion.status()).toBe(201);
  await expectConforms(doc, "/suggestions", "post", suggestion);
  await get("/suggestions", "/suggestions", page.request);

  // Looks-like links and withdrawing a submission.
  const other = await filePostmortem(page, team.id);
  const linked = await write.put(`/api/v1/postmortems/${other.slug}/looks-like/reddit-2023-pi-day-outage`);
  expect(linked.status()).toBe(200);
  await expectConforms(doc, "/postmortems/{slug}/looks-like/{story}", "put", linked);
  await expectConforms(
    doc,
    "/postmortems/{slug}/looks-like/{story}",
    "delete",
    await write.delete(`/api/v1/postmortems/${other.slug}/looks-like/reddit-2023-pi-day-outage`),
  );
  await write.post(`/api/v1/postmortems/${other.slug}/submit`);
  const withdrawn = await write.post(`/api/v1/postmortems/${other.slug}/withdraw`);
  expect(withdrawn.status()).toBe(200);
  await expectConforms(doc, "/postmortems/{slug}/withdraw", "post", withdrawn);

  // The action-item backlog: read, change, and a stale change.
  await filePublished(page, team.id, { actionItems: [{ type: "prevent", description: `Contract item ${unique()}`, ownerId: lead.id }] });
  const backlog = await page.request.get("/api/v1/action-items?owner=mine");
  await expectConforms(doc, "/action-items", "get", backlog);
  const item = ((await backlog.json()) as { items: { id: number; version: number }[] }).items[0]!;
  const changed = await write.patch(`/api/v1/action-items/${item.id}`, { data: { status: "done", baseVersion: item.version } });
  expect(changed.status()).toBe(200);
  await expectConforms(doc, "/action-items/{id}", "patch", changed);
  const staleItem = await write.patch(`/api/v1/action-items/${item.id}`, { data: { status: "open", baseVersion: item.version } });
  expect(staleItem.status()).toBe(409);
  await expectConforms(doc, "/action-items/{id}", "patch", staleItem);

  // Import: a preview (200), then the drafts written (201), from a curated story's own export.
  const markdown = await (await request.get("/postmortems/reddit-2023-pi-day-outage/export.md")).text();
  const files = [{ name: "pi-day.md", text: markdown }];
  const preview = await write.post("/api/v1/imports", { data: { teamId: team.id, dryRun: true, files } });
  expect(preview.status()).toBe(200);
  await expectConforms(doc, "/imports", "post", preview);
  const imported = await write.post("/api/v1/imports", { data: { teamId: team.id, files } });
  expect(imported.status()).toBe(201);
  await expectConforms(doc, "/imports", "post", imported);
});
