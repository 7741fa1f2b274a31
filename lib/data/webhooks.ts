import "server-only";
import { randomToken } from "@/lib/auth/secrets";
import type { Viewer } from "@/lib/auth/viewer-types";
import { notFound } from "@/lib/actions/result";
import { db } from "@/lib/db";
import { writeTransaction } from "@/lib/db-client";
import { recordAudit } from "@/lib/data/audit";
import type { WebhookEvent } from "@/lib/notifications/kinds";

// A team's outgoing webhooks. Callers check that the viewer manages the team (lib/actions/webhook-actions.ts).

/** Creates a webhook; its signing secret is returned this once (the audit log records neither it nor a hash). */
export async function createWebhook(actor: Viewer, teamId: number, url: string, events: WebhookEvent[]) {
  return writeTransaction(db, async (tx) => {
    const team = await tx.team.findUnique({ where: { id: teamId }, select: { slug: true } });
    if (!team) throw notFound("Team not found.");
    const secret = `whsec_${randomToken(24)}`;
    const hook = await tx.webhook.create({ data: { teamId, url, secret, events: events.join(","), createdById: actor.id }, select: { id: true } });
    await recordAudit(tx, actor, { action: "team.webhook_create", entityType: "team", entityLabel: team.slug, teamId, after: { webhook: `#${hook.id}`, url, events } });
    return secret;
  });
}

export const webhookTeamId = (webhookId: number) => db.webhook.findUnique({ where: { id: webhookId }, select: { teamId: true } });

export async function revokeWebhook(actor: Viewer, webhookId: number) {
  await writeTransaction(db, async (tx) => {
    const hook = await tx.webhook.update({ where: { id: webhookId }, data: { revokedAt: new Date() }, select: { teamId: true, url: true, team: { select: { slug: true } } } });
    // Calls still waiting would go to a receiver the team no longer wants: drop them.
    await tx.delivery.updateMany({ where: { webhookId, status: "pending" }, data: { status: "failed", lastError: "webhook removed" } });
    await recordAudit(tx, actor, { action: "team.webhook_revoke", entityType: "team", entityLabel: hook.team.slug, teamId: hook.teamId, before: { webhook: `#${webhookId}`, url: hook.url } });
  });
}

export const listWebhooks = (teamId: number) =>
  db.webhook.findMany({ where: { teamId, revokedAt: null }, orderBy: { id: "asc" }, select: { id: true, url: true, events: true, createdAt: true } });

const DELIVERY_LOG_PAGE = 20;

/** The team's webhook calls, newest first, paginated. */
export async function listWebhookDeliveries(teamId: number, page: number) {
  const where = { channel: "webhook", webhook: { teamId } };
  const [total, rows] = await Promise.all([
    db.delivery.count({ where }),
    db.delivery.findMany({
      where,
      orderBy: { id: "desc" },
      skip: (page - 1) * DELIVERY_LOG_PAGE,
      take: DELIVERY_LOG_PAGE,
      select: { id: true, key: true, event: true, status: true, attempts: true, lastStatus: true, lastError: true, nextAttemptAt: true, sentAt: true, createdAt: true, webhook: { select: { url: true } } },
    }),
  ]);
  return { rows, pages: Math.max(1, Math.ceil(total / DELIVERY_LOG_PAGE)) };
}
