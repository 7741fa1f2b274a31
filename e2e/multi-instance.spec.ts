import type { Browser, BrowserContext, Page } from "@playwright/test";
import { expect, test, unique } from "./support/fixtures";
import { runScript, startCluster, type Cluster, type Provider } from "./support/multi-instance";

// Two instances of the same build on one database behind a round-robin proxy (docs/deploy.md): whatever one
// instance does, the other sees on its next request. On SQLite (two processes, one file: proves the design on one
// machine) and on PostgreSQL (a throwaway cluster: the deployment shape). Each provider's tests share one fresh
// database and run in order.
const A = 0;
const B = 1;

for (const provider of ["sqlite", "postgresql"] satisfies Provider[]) {
  test.describe(`several instances on ${provider}`, () => {
    // Three app servers, a browser and (on PostgreSQL) a database share the machine: allow slow answers.
    test.describe.configure({ mode: "serial", timeout: 120_000 });
    let cluster: Cluster;
    const registered: { name: string; email: string; password: string }[] = [];

    test.beforeAll(async () => {
      test.setTimeout(240_000);
      cluster = await startCluster(provider);
    });
    test.afterAll(async () => {
      await cluster?.stop();
    });

    let addressCounter = 0;
    /** A browser context on the proxy, coming from an address of its own (per-address limits count one context). */
    async function proxied(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
      addressCounter++;
      const context = await browser.newContext({
        baseURL: cluster.proxy.url,
        extraHTTPHeaders: { "x-forwarded-for": `198.51.100.${addressCounter}` },
      });
      return { context, page: await context.newPage() };
    }

    async function signIn(page: Page, user: { email: string; password: string }) {
      const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
      return page.request.post("/api/auth/callback/credentials", { form: { csrfToken, email: user.email, password: user.password, json: "true" } });
    }

    /** Which instance answered the requests since `from` that match. */
    const backendsOf = (from: number, method: string, path: RegExp) =>
      new Set(
        cluster.proxy.served
          .slice(from)
          .filter((entry) => entry.method === method && path.test(entry.path))
          .map((entry) => entry.backend),
      );

    test("ten people registering at once on a fresh database make exactly one admin", async ({ browser }) => {
      test.setTimeout(240_000);
      const people = await Promise.all(
        Array.from({ length: 10 }, async (_, i) => {
          const { context, page } = await proxied(browser);
          const person = { name: `Racer ${i}`, email: `racer-${i}-${unique()}@example.test`, password: `racer-${i}-password-long` };
          await page.goto("/register");
          await page.getByLabel("Name").fill(person.name);
          await page.getByLabel("Email").fill(person.email);
          await page.getByLabel("Password", { exact: true }).fill(person.password);
          await page.getByLabel("Repeat the password").fill(person.password);
          return { context, page, person };
        }),
      );
      const from = cluster.proxy.served.length;
      await Promise.all(people.map(({ page }) => page.getByRole("button", { name: "Create account" }).click()));
      for (const { page, context } of people) {
        await expect(page.getByRole("status").filter({ hasText: "If this email can be registered, your account is ready." })).toBeVisible({
          // Ten password hashes (scrypt) and ten queued write transactions on a shared 2-core machine.
          timeout: 60_000,
        });
        await context.close();
      }
      registered.push(...people.map(({ person }) => person));
      // The registrations were spread over both instances.
      expect(backendsOf(from, "POST", /^\/register/)).toEqual(new Set([A, B]));
      expect((await cluster.database.db.get<{ n: number }>(`SELECT CAST(count(*) AS INTEGER) AS n FROM "User"`))?.n).toBe(10);
      expect((await cluster.database.db.get<{ n: number }>(`SELECT CAST(count(*) AS INTEGER) AS n FROM "User" WHERE "isAdmin"`))?.n).toBe(1);
    });

    test("a session signed in through A works on B, and a form rendered by A is accepted by B", async ({ browser }) => {
      const person = registered[1]!;
      const { context, page } = await proxied(browser);
      cluster.proxy.pin(A);
      expect((await signIn(page, person)).ok()).toBe(true);

      cluster.proxy.pin(B);
      let from = cluster.proxy.served.length;
      await page.goto("/settings");
      await expect(page.getByRole("heading", { name: "Settings", level: 1 })).toBeVisible();
      await expect(page.getByRole("textbox", { name: "Name", exact: true })).toHaveValue(person.name);
      expect(backendsOf(from, "GET", /^\/settings/)).toEqual(new Set([B]));

      cluster.proxy.pin(A);
      await page.reload();
      await page.getByRole("textbox", { name: "Name", exact: true }).fill(`${person.name} Renamed`);
      cluster.proxy.pin(B);
      from = cluster.proxy.served.length;
      await page.getByRole("button", { name: "Save name" }).click();
      await expect(page.getByRole("status").filter({ hasText: "Your name was saved." })).toBeVisible();
      expect(backendsOf(from, "POST", /^\/settings/)).toEqual(new Set([B]));

      cluster.proxy.pin(A);
      await page.reload();
      await expect(page.getByRole("textbox", { name: "Name", exact: true })).toHaveValue(`${person.name} Renamed`);
      cluster.proxy.pin(null);
      await context.close();
    });

    /** The one person the race made admin. */
    const adminPerson = async () => {
      const email = (await cluster.database.db.get<{ email: string }>(`SELECT email FROM "User" WHERE "isAdmin"`))?.email;
      return registered.find((person) => person.email === email)!;
    };

    test("eleven wrong passwords spread over both instances are refused with 429", async ({ browser }) => {
      // Not the admin: the lock-out lasts, and the next test signs the admin in.
      const admin = await adminPerson();
      const person = registered.find((candidate) => candidate !== admin)!;
      const { context, page } = await proxied(browser);
      const statuses: number[] = [];
      for (let i = 0; i < 11; i++) {
        cluster.proxy.pin(i % 2);
        statuses.push((await signIn(page, { email: person.email, password: `wrong-password-${i}` })).status());
      }
      cluster.proxy.pin(null);
      expect(statuses).toEqual([...Array<number>(10).fill(401), 429]);
      await context.close();
    });

    test("a postmortem published on A is found by search on B at its next request; slugs stay unique", async ({ browser }) => {
      const admin = await adminPerson();
      const { context, page } = await proxied(browser);
      cluster.proxy.pin(A);
      expect((await signIn(page, admin)).ok()).toBe(true);
      const teamName = `Cluster ${unique()}`;
      await page.goto("/teams");
      await page.getByRole("textbox", { name: "Team name" }).fill(teamName);
      await page.getByRole("button", { name: "Create team" }).click();
      await expect(page.getByRole("heading", { name: teamName, level: 1 })).toBeVisible();
      const teamId = Number((await cluster.database.db.get<{ id: number }>(`SELECT id FROM "Team" WHERE name = ?`, teamName))?.id);

      const api = (method: string, path: string, data: unknown = {}) =>
        page.request.fetch(path, { method, data, headers: { origin: cluster.proxy.url, "content-type": "application/json" } });

      // Five filings with one title at once, round-robin over both instances: five distinct slugs.
      cluster.proxy.pin(null);
      const word = `quasar${unique()}`;
      const filed = await Promise.all(
        Array.from({ length: 5 }, () =>
          api("POST", "/api/v1/postmortems", {
            teamId,
            title: `The ${word} outage`,
            incidentDate: "2026-05-04",
            severity: "production",
            summary: `Everything about ${word}.`,
            rootCause: "A test root cause.",
            lessons: ["A test lesson."],
            tags: ["snat"],
            visibility: "public",
          }),
        ),
      );
      const slugs: string[] = [];
      for (const response of filed) {
        expect(response.status(), await response.text()).toBe(201);
        slugs.push(((await response.json()) as { slug: string }).slug);
      }
      expect(new Set(slugs).size).toBe(5);

      cluster.proxy.pin(A);
      const slug = slugs[0]!;
      expect((await api("POST", `/api/v1/postmortems/${slug}/publish`)).status()).toBe(200);

      // The very next request to B, from someone signed out.
      cluster.proxy.pin(B);
      const from = cluster.proxy.served.length;
      const outsider = await proxied(browser);
      const found = await outsider.page.request.get(`/api/v1/postmortems?q=${word}`);
      expect(((await found.json()) as { items: { slug: string }[] }).items.map((item) => item.slug)).toEqual([slug]);
      await outsider.page.goto(`/postmortems?q=${word}`);
      await expect(outsider.page.getByRole("link", { name: `The ${word} outage` })).toBeVisible();
      expect(backendsOf(from, "GET", /^\/(api\/v1\/)?postmortems\?q=/)).toEqual(new Set([B]));
      cluster.proxy.pin(null);
      await outsider.context.close();
      await context.close();
    });

    test("two content syncs at once both succeed and change no counts", async ({ request }) => {
      const counts = async (instance: number) => {
        const base = cluster.instances[instance]!.url;
        const [postmortems, tags, checklists] = await Promise.all(
          ["/api/v1/postmortems", "/api/v1/tags", "/api/v1/checklists"].map(
            async (path) => (await (await request.get(base + path)).json()) as { total?: number; items: unknown[] },
          ),
        );
        return { postmortems: postmortems!.total, tags: tags!.items.length, checklists: checklists!.items.length };
      };
      const before = await counts(A);
      expect(await counts(B)).toEqual(before);
      const runs = await Promise.all([
        runScript("scripts/sync-content.ts", cluster.database.url),
        runScript("scripts/sync-content.ts", cluster.database.url),
      ]);
      for (const run of runs) {
        expect(run.code, run.stderr).toBe(0);
        expect(run.stdout).toMatch(/content: 0 created, 0 updated, \d+ unchanged, 0 removed\./);
      }
      expect(await counts(A)).toEqual(before);
      expect(await counts(B)).toEqual(before);
    });

    test("both instances answer the health check and log each request as one JSON line without query values", async ({ request }) => {
      for (const instance of cluster.instances) {
        const health = await request.get(`${instance.url}/api/health`);
        expect(health.status()).toBe(200);
        expect(health.headers()["cache-control"]).toBe("no-store");
        expect(await health.json()).toEqual({ status: "ok", database: "ok", migrations: "ok" });
      }
      const secretWord = `private${unique()}`;
      const instance = cluster.instances[A]!;
      expect((await request.get(`${instance.url}/postmortems?q=${secretWord}&severity=production`)).status()).toBe(200);
      await expect
        .poll(() =>
          instance
            .output()
            .split("\n")
            .filter((line) => line.startsWith("{"))
            .map((line) => JSON.parse(line) as Record<string, unknown>)
            .find((entry) => entry.path === "/postmortems" && Array.isArray(entry.query) && entry.query.includes("q")),
        )
        .toMatchObject({
          msg: "request",
          method: "GET",
          query: ["q", "severity"],
          status: 200,
          durationMs: expect.any(Number),
          time: expect.any(String),
        });
      expect(instance.output()).not.toContain(secretWord);
    });
  });
}
