// The outbox's write side: notify() runs inside the transaction of the event. No "server-only" here: the delivery
// worker (started from instrumentation.ts, outside React's server module graph) also calls it for reminders.
import { randomUUID } from "node:crypto";
import type { Tx } from "@/lib/data/postmortem-children";
import { env } from "@/lib/env";
import { recipientsFor, type Audience } from "@/lib/notifications/fan-out";
import type { NotificationKind, WebhookEvent } from "@/lib/notifications/kinds";
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
  const { actorId } = event.audience;
  const actor = actorId === null ? { name: "Postmortem Atlas" } : await tx.user.findUnique({ where: { id: actorId }, select: { name: true } });
  const baseUrl = env().NEXTAUTH_URL ?? "http://localhost:3000";
  const payload = JSON.stringify(webhookBody({ event: call.event, title: call.subject, body: event.body, url: new URL(event.link, baseUrl).toString(), actor: actor?.name ?? "someone" }));
  await tx.delivery.createMany({
    data: subscribed.map((hook) => ({ key: randomUUID(), channel: "webhook", webhookId: hook.id, event: call.event, payload })),
  });
}
