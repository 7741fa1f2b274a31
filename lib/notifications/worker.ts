import { createPrismaClient, type Db } from "@/lib/db-client";
import { remindDueActionItems } from "@/lib/data/action-item-events";
import { claimDelivery, dueDeliveries, loadDelivery, markFailed, markSent, recipientEmail } from "@/lib/data/deliveries";
import { env } from "@/lib/env";
import { DeliveryError } from "@/lib/notifications/delivery-error";
import type { MailItem } from "@/lib/notifications/email";
import { isNotificationKind } from "@/lib/notifications/kinds";
import { sendMail } from "@/lib/notifications/send-mail";
import { sendWebhook } from "@/lib/notifications/send-webhook";

const BATCH = 20;

/** Sends one claimed delivery. Both channels carry the delivery's key, so a receiver can drop a repeat. */
async function deliver(db: Db, id: number) {
  const row = await loadDelivery(db, id);
  if (row.channel === "webhook") {
    if (!row.webhook || row.webhook.revokedAt) return markSent(db, id);
    const status = await sendWebhook(row.webhook, { key: row.key, event: row.event, payload: row.payload });
    return markSent(db, id, status);
  }
  const user = row.userId ? await recipientEmail(db, row.userId) : null;
  const items = row.notifications.filter((n): n is MailItem => isNotificationKind(n.kind));
  // Nobody to write to (deactivated, deleted, notifications purged): done, nothing to send.
  if (!user || items.length === 0 || !env().SMTP_URL) return markSent(db, id);
  await sendMail({ key: row.key, userId: row.userId!, to: user.email, items });
  return markSent(db, id);
}

/** One pass: claim what is due and deliver it, one at a time (mail servers and webhooks like a gentle pace). */
export async function runDeliveryPass(db: Db) {
  const { DELIVERY_LEASE_MS, DELIVERY_RETRY_MS } = env();
  let delivered = 0;
  for (const id of await dueDeliveries(db, new Date(), BATCH)) {
    if (!(await claimDelivery(db, id, new Date(), DELIVERY_LEASE_MS))) continue;
    try {
      await deliver(db, id);
      delivered++;
    } catch (error) {
      const attempts = (await db.delivery.findUniqueOrThrow({ where: { id }, select: { attempts: true } })).attempts;
      const status = error instanceof DeliveryError ? error.status : null;
      await markFailed(db, id, attempts, error instanceof Error ? error.message : String(error), status, DELIVERY_RETRY_MS);
    }
  }
  return delivered;
}

const state = globalThis as unknown as { atlasDeliveryWorker?: { stop: () => void } };

/**
 * Starts the loop once per process (instrumentation.ts): action-item reminders every ACTION_REMINDER_MS, deliveries
 * every DELIVERY_POLL_MS. DELIVERY_WORKER=off leaves both to other instances.
 */
export function startDeliveryWorker(db: Db = createPrismaClient()) {
  if (state.atlasDeliveryWorker || env().DELIVERY_WORKER === "off") return state.atlasDeliveryWorker;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  let lastSweep = 0;
  const loop = async () => {
    try {
      // Reminders first, so the mails they queue go out in the same pass; a failed sweep never holds back deliveries.
      if (Date.now() - lastSweep >= env().ACTION_REMINDER_MS) {
        lastSweep = Date.now();
        await remindDueActionItems(db).catch((error: unknown) =>
          console.error("action-item reminders:", error instanceof Error ? error.message : error),
        );
      }
      await runDeliveryPass(db);
    } catch (error) {
      // The database may be restarting; the rows wait, and the next pass tries again.
      console.error("delivery worker:", error instanceof Error ? error.message : error);
    }
    if (!stopped) timer = setTimeout(loop, env().DELIVERY_POLL_MS);
  };
  timer = setTimeout(loop, env().DELIVERY_POLL_MS);
  state.atlasDeliveryWorker = {
    stop: () => {
      stopped = true;
      clearTimeout(timer);
    },
  };
  return state.atlasDeliveryWorker;
}
