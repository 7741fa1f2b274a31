import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseProvider } from "@/lib/database-url";
import { writeTransaction } from "@/lib/db-client";
import { verifyWebhook } from "@/lib/notifications/signing";
import { createTempDatabase, type TempDatabase } from "@/test/temp-db";

/** A receiver on loopback that answers with the statuses given, in turn (then 200), and records what came. */
function receiver(statuses: number[]) {
  const calls: { key: string; body: string; signature: string; timestamp: number }[] = [];
  const server = http.createServer((request, response) => {
    let body = "";
    request.on("data", (chunk) => (body += chunk));
    request.on("end", () => {
      calls.push({
        key: String(request.headers["x-atlas-delivery"]),
        body,
        signature: String(request.headers["x-atlas-signature"]),
        timestamp: Number(request.headers["x-atlas-timestamp"]),
      });
      response.statusCode = statuses.shift() ?? 200;
      response.end();
    });
  });
  return new Promise<{ url: string; calls: typeof calls; close: () => void }>((resolve) =>
    server.listen(0, "127.0.0.1", () => resolve({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`, calls, close: () => server.close() })),
  );
}

// lib/db reads DATABASE_URL when first imported, so point it at a fresh database before importing.
export const outboxSuite = (provider: DatabaseProvider) =>
  describe(`notification outbox (${provider})`, () => {
    let temp: TempDatabase;
    let notifications: typeof import("@/lib/data/notifications");
    let outbox: typeof import("@/lib/data/notify");
    let deliveries: typeof import("@/lib/data/deliveries");
    let worker: typeof import("@/lib/notifications/worker");
    let team: number;
    let [lead, author, other] = [0, 0, 0];
    beforeAll(async () => {
      temp = await createTempDatabase(provider);
      process.env.DATABASE_URL = temp.url;
      process.env.SMTP_URL = "smtp://127.0.0.1:1";
      process.env.DELIVERY_RETRY_MS = "60000";
      notifications = await import("@/lib/data/notifications");
      outbox = await import("@/lib/data/notify");
      deliveries = await import("@/lib/data/deliveries");
      worker = await import("@/lib/notifications/worker");
      const user = (email: string) => temp.db.user.create({ data: { email, name: email.split("@")[0]! } }).then((u) => u.id);
      [lead, author, other] = [await user("lead@x.test"), await user("author@x.test"), await user("other@x.test")];
      team = (await temp.db.team.create({ data: { slug: "t", name: "T", memberships: { create: [{ userId: lead, role: "lead" }, { userId: author }] } } })).id;
    });
    afterAll(async () => {
      delete process.env.SMTP_URL;
      delete process.env.DELIVERY_RETRY_MS;
      await temp.cleanup();
    });

    it("writes nothing when the event's transaction rolls back", async () => {
      const failing = writeTransaction(temp.db, async (tx) => {
        await outbox.notify(tx, { kind: "published", audience: { actorId: lead, authorId: author }, title: "x", link: "/x" });
        throw new Error("the event failed");
      });
      await expect(failing).rejects.toThrow("the event failed");
      expect(await temp.db.notification.count()).toBe(0);
      expect(await temp.db.delivery.count()).toBe(0);
    });

    it("writes inbox rows for everyone, mail only for those who want it, and one digest per user and day", async () => {
      await temp.db.notificationPreference.create({ data: { userId: lead, kind: "review_requested", email: false } });
      await temp.db.user.update({ where: { id: author }, data: { emailDigest: true } });
      await writeTransaction(temp.db, async (tx) => {
        await outbox.notify(tx, { kind: "review_requested", audience: { actorId: author, leads: [lead] }, title: "review", link: "/r" });
        await outbox.notify(tx, { kind: "published", audience: { actorId: lead, authorId: author }, title: "p1", link: "/p" });
        await outbox.notify(tx, { kind: "sent_back", audience: { actorId: lead, authorId: author }, title: "p2", link: "/p" });
      });
      expect(await notifications.countUnread(lead)).toBe(1);
      expect(await notifications.countUnread(author)).toBe(2);
      const mails = await temp.db.delivery.findMany({ where: { channel: "email" }, select: { userId: true, key: true, nextAttemptAt: true, _count: { select: { notifications: true } } } });
      expect(mails).toHaveLength(1); // the lead turned review requests off; the author's two wait in one digest
      expect(mails[0]).toMatchObject({ userId: author, _count: { notifications: 2 } });
      expect(mails[0]!.key).toMatch(/^digest:/);
      expect(mails[0]!.nextAttemptAt.getTime()).toBeGreaterThan(Date.now());
      expect(await deliveries.dueDeliveries(temp.db, new Date(), 10)).toEqual([]);
      // Marking read is per user: someone else's id changes nothing.
      const [item] = (await notifications.listInbox(author, {})).items;
      expect(await notifications.markRead(other, item!.id)).toBeNull();
      expect(await notifications.markRead(author, item!.id)).toBe("/p");
      expect(await notifications.markAllRead(author)).toBe(1);
    });

    it("lets exactly one worker claim a row, and a crashed worker's row again once the lease runs out", async () => {
      const row = await temp.db.delivery.create({ data: { key: "claim-test", channel: "webhook", event: "published" } });
      const now = new Date();
      const claims = await Promise.all([1, 2, 3, 4].map(() => deliveries.claimDelivery(temp.db, row.id, now, 1_000)));
      expect(claims.filter(Boolean)).toHaveLength(1);
      expect(await deliveries.claimDelivery(temp.db, row.id, new Date(now.getTime() + 500), 1_000)).toBe(false);
      expect(await deliveries.claimDelivery(temp.db, row.id, new Date(now.getTime() + 1_500), 1_000)).toBe(true);
      await deliveries.markSent(temp.db, row.id);
      expect(await deliveries.claimDelivery(temp.db, row.id, new Date(now.getTime() + 99_000), 1_000)).toBe(false);
      expect((await temp.db.delivery.findUniqueOrThrow({ where: { id: row.id } })).attempts).toBe(2);
    });

    it("delivers a webhook signed, retries a 500 later with the same delivery id, and never sends a delivered one again", async () => {
      const hook = await receiver([500]);
      try {
        await temp.db.webhook.create({ data: { teamId: team, url: hook.url, secret: "whsec_test", events: "published" } });
        await writeTransaction(temp.db, (tx) =>
          outbox.notify(tx, { kind: "published", audience: { actorId: lead, authorId: author }, title: "p", link: "/postmortems/p", webhook: { event: "published", teamId: team, subject: "DNS" } }),
        );
        const [pending] = await temp.db.delivery.findMany({ where: { channel: "webhook", status: "pending", key: { not: "claim-test" } } });
        await worker.runDeliveryPass(temp.db);
        const failed = await temp.db.delivery.findUniqueOrThrow({ where: { id: pending!.id } });
        expect(failed).toMatchObject({ status: "pending", attempts: 1, lastStatus: 500 });
        expect(failed.nextAttemptAt.getTime()).toBeGreaterThan(Date.now() + 30_000);
        await worker.runDeliveryPass(temp.db); // not due yet: nothing goes out
        expect(hook.calls).toHaveLength(1);
        await temp.db.delivery.update({ where: { id: pending!.id }, data: { nextAttemptAt: new Date() } });
        await worker.runDeliveryPass(temp.db);
        await worker.runDeliveryPass(temp.db);
        expect(hook.calls).toHaveLength(2);
        expect(hook.calls[1]!.key).toBe(hook.calls[0]!.key);
        const call = hook.calls[1]!;
        expect(verifyWebhook("whsec_test", call.timestamp, call.body, call.signature)).toBe(true);
        expect(JSON.parse(call.body)).toMatchObject({ event: "published", title: "DNS", url: "http://localhost:3000/postmortems/p" });
        expect(await temp.db.delivery.findUniqueOrThrow({ where: { id: pending!.id } })).toMatchObject({ status: "sent", attempts: 2, lastStatus: 200 });
      } finally {
        hook.close();
      }
    });
  });
