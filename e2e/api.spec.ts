import { expect, test } from "@playwright/test";

type ListBody = { items: Record<string, unknown>[]; total: number; page: number; pageSize: number };

test("GET /api/v1/postmortems lists stories with the documented fields", async ({ request }) => {
  const response = await request.get("/api/v1/postmortems");
  expect(response.status()).toBe(200);
  const body = (await response.json()) as ListBody;
  expect(body).toMatchObject({ page: 1, pageSize: 20 });
  // The first page is full unless the whole catalogue fits on it; never a count of shipped stories.
  expect(body.items).toHaveLength(Math.min(body.total, body.pageSize));
  const reddit = body.items.find((item) => item.slug === "reddit-2023-pi-day-outage");
  expect(reddit).toMatchObject({
    title: expect.stringContaining("Pi-Day"),
    organization: "Reddit",
    severity: "production",
    incidentDate: "2023-03-14",
    durationMinutes: 314,
    platform: "self-managed",
    tags: expect.arrayContaining(["removed-label", "cni-routing"]),
    components: expect.arrayContaining(["calico"]),
    summary: expect.any(String),
  });
  expect(reddit).not.toHaveProperty("snippet");
});

test("filters, search, sort and pagination work through the API", async ({ request }) => {
  const get = async (query: string) => (await (await request.get(`/api/v1/postmortems?${query}`)).json()) as ListBody;
  const slugs = (body: ListBody) => body.items.map((i) => i.slug);
  // Facts about the shipped stories, never how many there are: the catalogue grows.
  const trivial = await get("severity=trivial");
  const nonProduction = await get("severity=non-production");
  expect(slugs(trivial)).toContain("glasskube-minikube-without-limits");
  expect((await get("severity=trivial&severity=non-production")).total).toBe(trivial.total + nonProduction.total);
  expect(slugs(await get("tag=snat"))).toContain("mindtickle-2020-eks-snat");
  const networking = slugs(await get("category=networking&pageSize=100"));
  expect(networking).toContain("mindtickle-2020-eks-snat");
  expect(networking).not.toContain("glasskube-minikube-without-limits");
  expect(slugs(await get("component=linkerd"))).toContain("monzo-2017-linkerd-outage");
  const gke = await get("platform=gke&pageSize=100");
  expect(gke.items.length).toBeGreaterThan(0);
  expect(gke.items.every((i) => i.platform === "gke")).toBe(true);
  const year = await get("year=2023&pageSize=100");
  expect(slugs(year)).toContain("reddit-2023-pi-day-outage");
  expect(year.items.every((i) => String(i.incidentDate).startsWith("2023-"))).toBe(true);
  const dates = (await get("sort=oldest&pageSize=100")).items.map((i) => String(i.incidentDate));
  expect(dates).toEqual([...dates].sort());

  const first = await get("pageSize=5&page=1");
  const second = await get("pageSize=5&page=2");
  expect(second).toMatchObject({ total: first.total, page: 2, pageSize: 5 });
  expect(second.items).toHaveLength(Math.min(5, Math.max(0, first.total - 5)));
  expect(slugs(second).filter((slug) => slugs(first).includes(slug))).toEqual([]);

  const search = await get("q=calico");
  expect(search.items[0]).toMatchObject({ slug: "reddit-2023-pi-day-outage", snippet: expect.stringContaining("<mark>") });
  expect(String(search.items[0]?.snippet).replace(/<\/?mark>/g, "")).not.toMatch(/[<>]/);
});

test("odd queries never fail", async ({ request }) => {
  for (const q of ['"', "(((", "NEAR(", "AND", "* OR *", "数据", "col:val", "-x"]) {
    const response = await request.get(`/api/v1/postmortems?q=${encodeURIComponent(q)}`);
    expect(response.status(), q).toBe(200);
    expect(Array.isArray(((await response.json()) as ListBody).items)).toBe(true);
  }
});

test("invalid parameters give 400 JSON naming each parameter", async ({ request }) => {
  const cases: [string, string][] = [
    ["severity=catastrophic", "severity"],
    ["tag=no-such-tag", "tag"],
    ["category=Bad Slug", "category"],
    ["component=no-such-component", "component"],
    ["platform=openshift", "platform"],
    ["year=20x3", "year"],
    ["sort=random", "sort"],
    ["page=0", "page"],
    ["pageSize=101", "pageSize"],
    [`q=${"x".repeat(201)}`, "q"],
  ];
  for (const [query, param] of cases) {
    const response = await request.get(`/api/v1/postmortems?${query}`);
    expect(response.status(), query).toBe(400);
    const body = await response.json();
    expect(body.error).toBe("invalid_parameters");
    expect(Object.keys(body.fields), query).toEqual([param]);
  }
});

test("GET /api/v1/postmortems/{slug} returns the full record", async ({ request }) => {
  const response = await request.get("/api/v1/postmortems/datadog-2023-multi-region-outage");
  expect(response.status()).toBe(200);
  const body = await response.json();
  expect(body).toMatchObject({ slug: "datadog-2023-multi-region-outage", severity: "production", incidentDate: "2023-03-08", durationMinutes: 1615 });
  expect(body.lessons.length).toBeGreaterThan(2);
  expect(body.timeline[0]).toMatchObject({ at: "2023-03-08 06:00 UTC", marker: "trigger" });
  expect(body.actionItems[0]).toMatchObject({ type: "prevent", status: "done" });
  expect(body.sources.map((s: { url: string }) => s.url)).toContain(
    "https://www.datadoghq.com/blog/2023-03-08-multiregion-infrastructure-connectivity-issue/",
  );
  expect(body.related.length).toBeGreaterThan(0);
  expect(body).not.toHaveProperty("body");
});

test("unknown slugs and endpoints give 404 JSON", async ({ request }) => {
  for (const path of ["/api/v1/postmortems/nope", "/api/v1/nothing-here", "/api/v2/postmortems"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    expect((await response.json()).error).toBe("not_found");
  }
});

test("GET /api/v1/tags returns tags with category and counts", async ({ request }) => {
  const body = await (await request.get("/api/v1/tags")).json();
  const snat = body.items.find((t: { slug: string }) => t.slug === "snat");
  // A tag's count is what filtering by it lists (k8s.af entries included).
  const count = async (slug: string) => (await (await request.get(`/api/v1/postmortems?tag=${slug}`)).json()).total;
  expect(snat).toMatchObject({ name: "SNAT", category: { slug: "networking", name: "Networking" }, count: await count("snat") });
  expect(body.items.find((t: { slug: string }) => t.slug === "dns-policy")).toMatchObject({ count: await count("dns-policy") });
});
