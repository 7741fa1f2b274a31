import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTempDb } from "@/test/temp-db";

// lib/db reads DATABASE_URL when first imported, so point it at a fresh database before importing.
const temp = createTempDb();
process.env.DATABASE_URL = `file:${temp.file}`;

describe("accounts", () => {
  let users: typeof import("@/lib/data/users");
  beforeAll(async () => {
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

  it("refuses new SSO accounts when registration is invite-only", async () => {
    process.env.REGISTRATION = "invite-only";
    try {
      expect(await users.userForOidcIdentity({ provider: "oidc", subject: "s2", email: "new@example.test", emailVerified: true, name: "New" })).toBeNull();
    } finally {
      delete process.env.REGISTRATION;
    }
  });
});
