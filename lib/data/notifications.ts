import "server-only";
import { db } from "@/lib/db";
import { writeTransaction } from "@/lib/db-client";
import type { Tx } from "@/lib/data/postmortem-children";
import { NOTIFICATION_KINDS, type NotificationKind } from "@/lib/notifications/kinds";

/** The team's leads, for fan-out. */
export async function teamLeads(tx: Tx, teamId: number) {
  const leads = await tx.membership.findMany({ where: { teamId, role: "lead" }, select: { userId: true } });
  return leads.map((lead) => lead.userId);
}

const INBOX_PAGE_SIZE = 30;

/** Newest first, paginated by id (stable while new items arrive). */
export async function listInbox(userId: number, options: { before?: number; unreadOnly?: boolean }) {
  const rows = await db.notification.findMany({
    where: { userId, ...(options.before ? { id: { lt: options.before } } : {}), ...(options.unreadOnly ? { readAt: null } : {}) },
    orderBy: { id: "desc" },
    take: INBOX_PAGE_SIZE + 1,
    select: { id: true, kind: true, title: true, body: true, link: true, readAt: true, createdAt: true },
  });
  return { items: rows.slice(0, INBOX_PAGE_SIZE), nextBefore: rows.length > INBOX_PAGE_SIZE ? (rows[INBOX_PAGE_SIZE - 1]?.id ?? null) : null };
}

/** For the header: one count on the (userId, readAt) index. */
export const countUnread = (userId: number) => db.notification.count({ where: { userId, readAt: null } });

/** Marks one of the user's items read (someone else's id changes nothing) and returns where it links, or null. */
export async function markRead(userId: number, id: number) {
  const row = await db.notification.findFirst({ where: { id, userId }, select: { link: true, readAt: true } });
  if (!row) return null;
  if (!row.readAt) await db.notification.updateMany({ where: { id, userId, readAt: null }, data: { readAt: new Date() } });
  return row.link;
}

export const markAllRead = async (userId: number) =>
  (await db.notification.updateMany({ where: { userId, readAt: null }, data: { readAt: new Date() } })).count;

/** Settings: each kind's email switch (on unless turned off) and digest or immediate. */
export async function notificationSettings(userId: number) {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { emailDigest: true, notifyPrefs: { select: { kind: true, email: true } } } });
  const off = new Set(user.notifyPrefs.filter((pref) => !pref.email).map((pref) => pref.kind));
  return { digest: user.emailDigest, email: Object.fromEntries(NOTIFICATION_KINDS.map((kind) => [kind, !off.has(kind)])) as Record<NotificationKind, boolean> };
}

export async function saveNotificationSettings(userId: number, settings: { digest: boolean; email: Record<NotificationKind, boolean> }) {
  await writeTransaction(db, async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { emailDigest: settings.digest } });
    for (const kind of NOTIFICATION_KINDS) {
      const email = settings.email[kind];
      await tx.notificationPreference.upsert({ where: { userId_kind: { userId, kind } }, create: { userId, kind, email }, update: { email } });
    }
  });
}

/** An unsubscribe link turns one kind's email off. */
export const unsubscribe = (userId: number, kind: NotificationKind) =>
  db.notificationPreference.upsert({ where: { userId_kind: { userId, kind } }, create: { userId, kind, email: false }, update: { email: false } });
