import type { Db } from "@/lib/db-client";
import { MAX_ATTEMPTS, retryDelayMs } from "@/lib/notifications/backoff";

// The outbox's worker side. No "server-only" here: the worker starts from instrumentation.ts, outside React's server
// module graph, and gets its own client (see lib/notifications/worker.ts). Every claim is one conditional UPDATE:
// on PostgreSQL the row lock makes a second instance's UPDATE re-check the lease and match nothing; on SQLite the
// write lock serialises them. So any number of instances can run the worker.

/** Pending rows whose time has come and that nobody holds, oldest first. Candidates only: claim() decides. */
export async function dueDeliveries(db: Db, now: Date, limit: number) {
  const rows = await db.delivery.findMany({
    where: { status: "pending", nextAttemptAt: { lte: now }, OR: [{ leaseUntil: null }, { leaseUntil: { lt: now } }] },
    orderBy: { id: "asc" },
    take: limit,
    select: { id: true },
  });
  return rows.map((row) => row.id);
}

/** Takes the row for `leaseMs`; false when another worker got it first. A crash leaves the lease to run out. */
export async function claimDelivery(db: Db, id: number, now: Date, leaseMs: number) {
  const { count } = await db.delivery.updateMany({
    where: { id, status: "pending", OR: [{ leaseUntil: null }, { leaseUntil: { lt: now } }] },
    data: { leaseUntil: new Date(now.getTime() + leaseMs), attempts: { increment: 1 } },
  });
  return count === 1;
}

export const loadDelivery = (db: Db, id: number) =>
  db.delivery.findUniqueOrThrow({
    where: { id },
    select: {
      id: true,
      key: true,
      channel: true,
      event: true,
      payload: true,
      attempts: true,
      createdAt: true,
      userId: true,
      webhook: { select: { url: true, secret: true, revokedAt: true } },
      notifications: { orderBy: { id: "asc" }, select: { kind: true, title: true, body: true, link: true, createdAt: true } },
    },
  });

export const recipientEmail = (db: Db, userId: number) =>
  db.user.findFirst({ where: { id: userId, deactivatedAt: null }, select: { email: true, name: true } });

export const markSent = (db: Db, id: number, status?: number) =>
  db.delivery.update({ where: { id }, data: { status: "sent", sentAt: new Date(), leaseUntil: null, lastStatus: status ?? null, lastError: null } });

/** A failed try: back off and release, or give up after MAX_ATTEMPTS. */
export async function markFailed(db: Db, id: number, attempts: number, error: string, status: number | null, retryBaseMs: number) {
  const giveUp = attempts >= MAX_ATTEMPTS;
  await db.delivery.update({
    where: { id },
    data: {
      status: giveUp ? "failed" : "pending",
      nextAttemptAt: new Date(Date.now() + retryDelayMs(attempts, retryBaseMs)),
      leaseUntil: null,
      lastError: error.slice(0, 500),
      lastStatus: status,
    },
  });
}
