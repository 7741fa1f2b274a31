import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { writeTransaction } from "@/lib/db-client";
import type { Tx } from "@/lib/data/postmortem-children";
import { env } from "@/lib/env";
import { recipientsFor, type Audience } from "@/lib/notifications/fan-out";
import { NOTIFICATION_KINDS, type NotificationKind, type WebhookEvent } from "@/lib/notifications/kinds";
import { webhookBody } from "@/lib/notifications/webhook-body";

type WebhookCall = { event: WebhookEvent; teamId: number; subject: string };

export type NotifyEvent = {
  kind: NotificationKind;
  audience: Audience;
  title: string;
  /** A plain-text excerpt: the comment, the reason. */
  body?: string;
  /** Path inside the app the item links to. */
  link: string;
  teamId?: number | null;
  postmortemId?: number | null;
  /** Also tell the team's webhooks subscribed to this event; `subject` is the postmortem's title. */
  webhook?: WebhookCall;
};

/** The day's digest goes out at the next 07:00 UTC. */
function digestDue(now: Date) {
  const due = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), 7));
  if (due <= now) due.setUTCDate(due.getUTCDate() + 1);
  return due;
}

/**
 * The one entry point for telling people something happened. Call it inside the transaction that makes the event:
 * inbox rows, emails and webhook calls are committed with it or not at all (the outbox), and the worker
 * (lib/notifications/worker.ts) sends them later. Returns who was notified.
 */
export async function notify(tx: Tx, event: NotifyEvent): Promise<number[]> {
  const recipients = recipientsFor(event.kind, event.audience);
  const users = recipients.length
    ? await tx.user.findMany({
        where: { id: { in: recipients }, deactivatedAt: null },
        select: { id: true, emailDigest: true, notifyPrefs: { where: { kind: event.kind }, select: { email: true } } },
      })
    : [];
  const mail = Boolean(env().SMTP_URL);
  const now = new Date();
  for (const user of users) {
    let deliveryId: number | null = null;
    if (mail && (user.notifyPrefs[0]?.email ?? true)) {
      const delivery = user.emailDigest
        ? await tx.delivery.upsert({
            where: { key: `digest:${user.id}:${now.toISOString().slice(0, 10)}` },
            create: { key: `digest:${user.id}:${now.toISOString().slice(0, 10)}`, channel: "email", userId: user.id, event: "digest", nextAttemptAt: digestDue(now) },
            update: {},
            select: { id: true },
          })
        : await tx.delivery.create({ data: { key: randomUUID(), channel: "email", userId: user.id, event: event.kind }, select: { id: true } });
      deliveryId = delivery.id;
    }
    await tx.notification.create({
      data: {
        userId: user.id,
        kind: event.kind,
        title: event.title,
        body: (event.body ?? "").slice(0, 2000),
        link: event.link,
        actorId: event.audience.actorId,
        teamId: event.teamId ?? null,
        postmortemId: event.postmortemId ?? null,
        deliveryId,
      },
    });
  }
  if (event.webhook) await queueWebhooks(tx, event.webhook, event);
  return users.map((user) => user.id);
}

async function queueWebhooks(tx: Tx, call: WebhookCall, event: NotifyEvent) {
  const hooks = await tx.webhook.findMany({ where: { teamId: call.teamId, revokedAt: null }, select: { id: true, events: true } });
  const subscribed = hooks.filter((hook) => hook.events.split(",").includes(call.event));
  if (subscribed.length === 0) return;
  const actor = await tx.user.findUnique({ where: { id: event.audience.actorId }, select: { name: true } });
  const baseUrl = env().NEXTAUTH_URL ?? "http://localhost:3000";
  const payload = JSON.stringify(webhookBody({ event: call.event, title: call.subject, body: event.body, url: new URL(event.link, baseUrl).toString(), actor: actor?.name ?? "someone" }));
  await tx.delivery.createMany({
    data: subscribed.map((hook) => ({ key: randomUUID(), channel: "webhook", webhookId: hook.id, event: call.event, payload })),
  });
}

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
