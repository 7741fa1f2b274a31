import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/viewer-types";
import type { DatabaseProvider } from "@/lib/database-url";
import { createTempDatabase, type TempDatabase } from "@/test/temp-db";

const DAY = 86_400_000;

// lib/db reads DATABASE_URL when first imported, so point it at a fresh database before importing.
export const apiTokensSuite = (provider: DatabaseProvider) =>
describe(`API tokens (${provider})`, () => {
  let temp: TempDatabase;
  let tokens: typeof import("@/lib/data/api-tokens");
  let owner: Viewer;
  beforeAll(async () => {
    temp = await createTempDatabase(provider);
    process.env.DATABASE_URL = temp.url;
    tokens = await import("@/lib/data/api-tokens");
    const user = await temp.db.user.create({ data: { email: "owner@example.test", name: "Owner" } });
    owner = { id: user.id, email: user.email, name: user.name, isAdmin: false, teams: [] };
  });
  afterAll(() => temp.cleanup());

  it("expires after the chosen number of days, and is then refused and listed as expired", async () => {
    const created = new Date("2026-01-01T00:00:00Z");
    const token = await tokens.createApiToken(owner, "thirty days", 30, created);
    expect(await tokens.authenticateToken(token, new Date(created.getTime() + 30 * DAY - 1))).toMatchObject({ userId: owner.id });
    expect(await tokens.authenticateToken(token, new Date(created.getTime() + 30 * DAY))).toBeNull();
    const listed = await tokens.listApiTokens(owner.id, new Date(created.getTime() + 31 * DAY));
    expect(listed.find((t) => t.name === "thirty days")).toMatchObject({ expired: true, expiresAt: new Date(created.getTime() + 30 * DAY) });
  });

  it("never expires only when asked to", async () => {
    const token = await tokens.createApiToken(owner, "forever", null);
    expect(await tokens.authenticateToken(token, new Date(Date.now() + 3650 * DAY))).not.toBeNull();
  });

  it("writes lastUsedAt at most once a minute", async () => {
    const token = await tokens.createApiToken(owner, "busy", 90);
    const t0 = new Date();
    const lastUsed = async () => (await temp.db.apiToken.findFirstOrThrow({ where: { name: "busy" } })).lastUsedAt?.getTime();
    await tokens.authenticateToken(token, t0);
    expect(await lastUsed()).toBe(t0.getTime());
    await Promise.all([10, 20_000, 59_999].map((ms) => tokens.authenticateToken(token, new Date(t0.getTime() + ms))));
    expect(await lastUsed()).toBe(t0.getTime());
    await tokens.authenticateToken(token, new Date(t0.getTime() + 60_001));
    expect(await lastUsed()).toBe(t0.getTime() + 60_001);
  });

  it("refuses revoked tokens and audits creation and revocation, marking an admin's revocation as such", async () => {
    const token = await tokens.createApiToken(owner, "to revoke", 7);
    const row = await temp.db.apiToken.findFirstOrThrow({ where: { name: "to revoke" } });
    const admin: Viewer = { ...owner, id: (await temp.db.user.create({ data: { email: "admin@example.test", name: "A", isAdmin: true } })).id };
    expect(await tokens.revokeApiToken(admin, row.id, admin.id)).toBe(false); // not the admin's own token
    expect(await tokens.revokeApiToken(admin, row.id, null)).toBe(true);
    expect(await tokens.revokeApiToken(owner, row.id, owner.id)).toBe(false); // already revoked
    expect(await tokens.authenticateToken(token)).toBeNull();
    const audit = await temp.db.auditEntry.findMany({ where: { entityLabel: "owner@example.test: to revoke" }, orderBy: { id: "asc" } });
    expect(audit.map((a) => [a.action, a.actorId])).toEqual([
      ["token.create", owner.id],
      ["token.admin_revoke", admin.id],
    ]);
    expect(JSON.parse(audit[1]!.after)).toMatchObject({ name: "to revoke", revokedAt: expect.any(String) });
  });
});
