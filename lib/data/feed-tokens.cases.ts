import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseProvider } from "@/lib/database-url";
import { createTempDatabase, type TempDatabase } from "@/test/temp-db";

// lib/db reads DATABASE_URL when first imported, so point it at a fresh database before importing.
export const feedTokensSuite = (provider: DatabaseProvider) =>
  describe(`feed tokens (${provider})`, () => {
    let temp: TempDatabase;
    let feeds: typeof import("@/lib/data/feed-tokens");
    let member: { id: number; email: string };
    let team: { id: number; slug: string };
    let other: { id: number; slug: string };
    beforeAll(async () => {
      temp = await createTempDatabase(provider);
      process.env.DATABASE_URL = temp.url;
      feeds = await import("@/lib/data/feed-tokens");
      member = await temp.db.user.create({ data: { email: "member@example.test", name: "Member" } });
      team = await temp.db.team.create({ data: { slug: "sre", name: "SRE" } });
      other = await temp.db.team.create({ data: { slug: "payments", name: "Payments" } });
      await temp.db.membership.create({ data: { userId: member.id, teamId: team.id, role: "member" } });
      await temp.db.membership.create({ data: { userId: member.id, teamId: other.id, role: "member" } });
    });
    afterAll(() => temp.cleanup());

    it("opens only its own team's feed, keeps only a hash, and a new one replaces the old", async () => {
      const first = await feeds.createFeedToken(member, team.id);
      expect(await feeds.teamForFeedToken(first, "sre")).toMatchObject({ id: team.id, slug: "sre" });
      expect(await feeds.teamForFeedToken(first, "payments")).toBeNull();
      expect(await temp.db.feedToken.count({ where: { tokenHash: first } })).toBe(0);
      const second = await feeds.createFeedToken(member, team.id);
      expect(await feeds.teamForFeedToken(first, "sre")).toBeNull();
      expect(await feeds.teamForFeedToken(second, "sre")).not.toBeNull();
      expect(await feeds.hasFeedToken(member.id, team.id)).toBe(true);
      const audited = await temp.db.auditEntry.findMany({ where: { teamId: team.id }, select: { action: true, actorId: true, after: true } });
      expect(audited.map((entry) => entry.action)).toEqual(["feed-token.create", "feed-token.create"]);
      expect(audited.every((entry) => entry.actorId === member.id && !entry.after.includes("pmf_"))).toBe(true);
    });

    it("stops working when revoked, or when its owner leaves the team or is deactivated", async () => {
      const sre = await feeds.createFeedToken(member, team.id);
      expect(await feeds.revokeFeedToken(member, team.id)).toBe(true);
      expect(await feeds.revokeFeedToken(member, team.id)).toBe(false);
      expect(await temp.db.auditEntry.count({ where: { teamId: team.id, action: "feed-token.revoke" } })).toBe(1);
      expect(await feeds.teamForFeedToken(sre, "sre")).toBeNull();

      const payments = await feeds.createFeedToken(member, other.id);
      expect(await feeds.teamForFeedToken(payments, "payments")).not.toBeNull();
      await temp.db.user.update({ where: { id: member.id }, data: { deactivatedAt: new Date() } });
      expect(await feeds.teamForFeedToken(payments, "payments")).toBeNull();
      await temp.db.user.update({ where: { id: member.id }, data: { deactivatedAt: null } });
      await temp.db.membership.deleteMany({ where: { userId: member.id, teamId: other.id } });
      expect(await feeds.teamForFeedToken(payments, "payments")).toBeNull();
      expect(await feeds.teamForFeedToken("", "payments")).toBeNull();
    });
  });
