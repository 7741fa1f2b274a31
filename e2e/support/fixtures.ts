import { test as base, expect, type Page } from "@playwright/test";
import Database from "better-sqlite3";
import { hashPassword } from "@/lib/auth/password";
import { baseURL } from "../../playwright.config";
import { database } from "./database";

/** The SQLite test database, for specs that only run on SQLite; others use `database` (./database.ts). */
export const sqlite = new Database("data/e2e.db", { timeout: 10_000 });

let counter = 0;
export const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}${Math.random().toString(36).slice(2, 6)}`;

export type TestUser = { id: number; email: string; name: string; password: string; isAdmin: boolean };
export type TestTeam = { id: number; slug: string; name: string };

export type World = {
  user: (options?: { admin?: boolean; name?: string }) => Promise<TestUser>;
  team: (members: { user: TestUser; role?: "member" | "lead" }[]) => Promise<TestTeam>;
};

/** Signs a browser context in through next-auth's real credentials endpoint. */
export async function signIn(page: Page, user: Pick<TestUser, "email" | "password">) {
  const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await page.request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email: user.email, password: user.password, json: "true" },
  });
  expect(response.ok(), `sign in as ${user.email}`).toBe(true);
}

type ApiOptions = { data?: unknown; headers?: Record<string, string> };

/**
 * Calls the JSON API with the session cookie of `page`'s browser context, as the app's own pages do: a
 * same-origin Origin and a JSON body (an empty object when there is nothing to send). Playwright's
 * request client sends neither by itself, and the API refuses such cookie-authenticated writes (CSRF).
 */
export function api(page: Page) {
  const send =
    (method: string) =>
    (url: string, options: ApiOptions = {}) =>
      page.request.fetch(url, {
        method,
        data: options.data ?? {},
        headers: { origin: baseURL, "content-type": "application/json", ...options.headers },
      });
  return { post: send("POST"), put: send("PUT"), patch: send("PATCH"), delete: send("DELETE") };
}

/** Each test creates the users and teams it needs; they are removed afterwards with everything they own. */
/**
 * Each test comes from an address of its own (the app trusts one proxy hop in the e2e server, see
 * playwright.config.ts), so per-address rate limits count one test's requests, not the whole suite's.
 * Tests about those limits set their own address.
 */
const testAddress = () => `10.${Math.floor(Math.random() * 256)}.${Math.floor(Math.random() * 256)}.${1 + Math.floor(Math.random() * 254)}`;

export const test = base.extend<{ world: World }>({
  extraHTTPHeaders: async ({ extraHTTPHeaders }, use) => use({ ...extraHTTPHeaders, "x-forwarded-for": testAddress() }),
  world: async ({}, use) => {
    const users: number[] = [];
    const teams: number[] = [];
    await use({
      async user(options = {}) {
        const id = unique();
        const password = `pw-${id}-long-enough`;
        const user = { email: `user-${id}@example.test`, name: options.name ?? `User ${id}`, isAdmin: options.admin ?? false, password };
        const userId = await database.insert(
          `INSERT INTO "User" ("email", "name", "passwordHash", "isAdmin", "createdAt") VALUES (?, ?, ?, ?, ?)`,
          user.email,
          user.name,
          await hashPassword(password),
          database.bool(user.isAdmin),
          database.now(),
        );
        users.push(userId);
        return { id: userId, ...user };
      },
      async team(members) {
        const id = unique();
        const team = { slug: `team-${id}`, name: `Team ${id}` };
        const teamId = await database.insert(
          `INSERT INTO "Team" ("slug", "name", "createdAt") VALUES (?, ?, ?)`,
          team.slug,
          team.name,
          database.now(),
        );
        for (const m of members) {
          await database.run(
            `INSERT INTO "Membership" ("userId", "teamId", "role", "createdAt") VALUES (?, ?, ?, ?)`,
            m.user.id,
            teamId,
            m.role ?? "member",
            database.now(),
          );
        }
        teams.push(teamId);
        return { id: teamId, ...team };
      },
    });
    const inList = (ids: number[]) => `(${ids.map(Number).join(",") || "NULL"})`;
    // With the app's write lock: on PostgreSQL, deleting stories updates the search vocabulary, as the app's writes do.
    await database.writeAll([
      [`DELETE FROM "Postmortem" WHERE "teamId" IN ${inList(teams)} OR "createdById" IN ${inList(users)}`],
      [`DELETE FROM "Team" WHERE "id" IN ${inList(teams)}`],
      [`DELETE FROM "User" WHERE "id" IN ${inList(users)}`],
    ]);
  },
});

export { expect };

/** Files a team postmortem through the API as the signed-in user of `page`; returns its slug and version. */
export async function filePostmortem(page: Page, teamId: number, fields: Record<string, unknown> = {}) {
  const response = await api(page).post("/api/v1/postmortems", {
    data: { teamId, title: `Incident ${unique()}`, incidentDate: "2026-05-04", severity: "production", summary: "A test incident.", ...fields },
  });
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()) as { slug: string; version: number };
}

/** What publishing requires, so a filed postmortem can be published at once. */
export const PUBLISHABLE = { severity: "production", rootCause: "A test root cause.", lessons: ["A test lesson."], tags: ["snat"] };

/** Files a postmortem and publishes it through the API as the lead signed in on `page`. */
export async function filePublished(page: Page, teamId: number, fields: Record<string, unknown> = {}) {
  const filed = await filePostmortem(page, teamId, { ...PUBLISHABLE, ...fields });
  const response = await api(page).post(`/api/v1/postmortems/${filed.slug}/publish`);
  expect(response.status(), await response.text()).toBe(200);
  return filed;
}
