import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseProvider } from "@/lib/database-url";
import { createTempDatabase, type TempDatabase } from "@/test/temp-db";

// lib/db reads DATABASE_URL when first imported, so point it at a fresh database before importing.
export const usersSuite = (provider: DatabaseProvider) =>
describe(`accounts (${provider})`, () => {
  let temp: TempDatabase;
  let users: typeof import("@/lib/data/users");
  beforeAll(async () => {
    temp = await createTempDatabase(provider);
    process.env.DATABASE_URL = temp.url;
    users = await import("@/lib/data/users");
  });
  afterAll(() => temp.cleanup());

  it("makes the first account an admin and no other", async () => {
    const first = await users.createUser({ email: "First@Example.test", name: "First", password: "a-long-enough-password" });
    const second = await users.createUser({ email: "second@example.test", name: "Second", password: "a-long-enough-password" });
    expect(first).toMatchObject({ email: "first@example.test", isAdmin: true });
    expect(second.isAdmin).toBe(false);
  });

  it("links SSO identities by verified email only", async () => {
    expect(await users.userForOidcIdentity({ provider: "oidc", subject: "s1", email: "first@example.test", emailVerified: false, name: "X" })).toBeNull();
    const linked = await users.userForOidcIdentity({ provider: "oidc", subject: "s1", email: "first@example.test", emailVerified: true, name: "X" });
    expect(linked).toMatchObject({ created: false });
    const again = await users.userForOidcIdentity({ provider: "oidc", subject: "s1", email: "changed@example.test", emailVerified: false, name: "X" });
    expect(again?.userId).toBe(linked?.userId);
  });

  it("ends sessions by moving the session version on; a stale session cannot end the new ones", async () => {
    const user = await users.createUser({ email: "sessions@example.test", name: "S", password: "a-long-enough-password" });
    const issued = await users.startSession(user.id);
    expect(await users.loadSessionViewer(user.id, issued)).toMatchObject({ id: user.id });
    expect(await users.loadSessionViewer(user.id, undefined)).toBeNull(); // cookies from before versions existed
    const next = await users.endSessions(user.id, issued);
    expect(next).toBe(issued + 1);
    expect(await users.endSessions(user.id, issued)).toBeNull();
    expect(await users.setPassword(user.id, "another-long-password")).toBe(issued + 2);
  });

  it("deactivates (ending sessions and hiding the user from token auth) and reactivates, with audit entries", async () => {
    const admin = (await users.loadViewer(1))!;
    const user = await users.createUser({ email: "leaver@example.test", name: "L", password: "a-long-enough-password" });
    const version = await users.startSession(user.id);
    expect(await users.setUserActive(admin, user.id, false)).toBe(true);
    expect(await users.setUserActive(admin, user.id, false)).toBe(false);
    expect(await users.loadViewer(user.id)).toBeNull();
    expect(await users.loadSessionViewer(user.id, version)).toBeNull();
    expect(await users.setUserActive(admin, user.id, true)).toBe(true);
    expect(await users.loadViewer(user.id)).toMatchObject({ id: user.id });
    // The old session stays ended after reactivation.
    expect(await users.loadSessionViewer(user.id, version)).toBeNull();
    const { db } = await import("@/lib/db");
    const audit = await db.auditEntry.findMany({ where: { entityLabel: "leaver@example.test" }, orderBy: { id: "asc" } });
    expect(audit.map((a) => [a.action, a.actorId, JSON.parse(a.after).deactivatedAt === null])).toEqual([
      ["user.deactivate", admin.id, false],
      ["user.reactivate", admin.id, true],
    ]);
    const { listUsers } = users;
    expect((await listUsers(1, "leaver")).users).toEqual([expect.objectContaining({ email: "leaver@example.test", deactivatedAt: null })]);
    // Names match whatever their case, on both databases ("Leaving Lee" is found by "LEE", not by the email).
    await users.createUser({ email: "ll@example.test", name: "Leaving Lee", password: "a-long-enough-password" });
    expect((await listUsers(1, "LEE")).users.map((u) => u.email)).toEqual(["ll@example.test"]);
  });

  it("refuses new SSO accounts when registration is invite-only", async () => {
    process.env.REGISTRATION = "invite-only";
    try {
      expect(await users.userForOidcIdentity({ provider: "oidc", subject: "s2", email: "new@example.test", emailVerified: true, name: "New" })).toBeNull();
    } finally {
      delete process.env.REGISTRATION;
    }
  });
});
