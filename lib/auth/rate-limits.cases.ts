import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseProvider } from "@/lib/database-url";
import { createTempDatabase, type TempDatabase } from "@/test/temp-db";

// lib/db reads DATABASE_URL when first imported, so point it at a fresh database before importing.
export const rateLimitsSuite = (provider: DatabaseProvider) =>
  describe(`rate limits (${provider})`, () => {
    let temp: TempDatabase;
    let limits: typeof import("@/lib/auth/rate-limits");
    beforeAll(async () => {
      temp = await createTempDatabase(provider);
      process.env.DATABASE_URL = temp.url;
      limits = await import("@/lib/auth/rate-limits");
    });
    afterAll(() => temp.cleanup());

    it("lets exactly the allowed number through a burst of parallel attempts (consume first, then decide)", async () => {
      const { points, duration } = limits.LIMITS.signInAccount;
      const results = await Promise.all(Array.from({ length: 40 }, () => limits.hit("signInAccount", "burst@example.test")));
      expect(results.filter((wait) => wait === null)).toHaveLength(points);
      const waits = results.filter((wait): wait is number => wait !== null);
      expect(waits).toHaveLength(40 - points);
      for (const wait of waits) expect(wait).toBeGreaterThan(duration - 60);
      for (const wait of waits) expect(wait).toBeLessThanOrEqual(duration);
      const row = await temp.db.rateLimiterFlexible.findUniqueOrThrow({ where: { key: "signInAccount:burst@example.test" } });
      expect(row.points).toBe(40);
    });

    it("keeps keys and limits apart", async () => {
      for (let i = 0; i < limits.LIMITS.signInAccount.points; i++) await limits.hit("signInAccount", "a@example.test");
      expect(await limits.hit("signInAccount", "a@example.test")).not.toBeNull();
      expect(await limits.hit("signInAccount", "b@example.test")).toBeNull();
      expect(await limits.hit("signInAddress", "a@example.test")).toBeNull();
    });

    it("gives a point back on refund, so successes do not add up", async () => {
      for (let i = 0; i < 30; i++) {
        expect(await limits.hit("signInAccount", "often@example.test")).toBeNull();
        await limits.refund("signInAccount", "often@example.test");
      }
    });

    it("starts a new window once the old one expired", async () => {
      await temp.db.rateLimiterFlexible.upsert({
        where: { key: "register:198.51.100.1" },
        create: { key: "register:198.51.100.1", points: 999, expire: new Date(Date.now() - 1000) },
        update: {},
      });
      expect(await limits.hit("register", "198.51.100.1")).toBeNull();
    });

    it("refuses with 429 and the wait in words through enforce()", async () => {
      for (let i = 0; i < limits.LIMITS.passwordChange.points; i++) await limits.enforce("passwordChange", "user:1");
      await expect(limits.enforce("passwordChange", "user:1")).rejects.toMatchObject({
        status: 429,
        message: expect.stringMatching(/^Too many password change attempts\. Try again in 15 minutes\.$/),
        extra: { retryAfter: expect.any(Number) },
      });
    });
  });
