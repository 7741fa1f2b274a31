import "server-only";
import { reviewScope } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer-types";
import { db } from "@/lib/db";
import { containsText } from "@/lib/db-client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/data/postmortem-children";
import type { AuditFilters } from "@/lib/validation/audit";

export type AuditInput = {
  action: string;
  /** What was changed: postmortem, tag, category, team, run, invite, user, api-token… (other modules add their own). */
  entityType: string;
  entityLabel: string;
  postmortemId?: number | null;
  teamId?: number | null;
  before?: unknown;
  after?: unknown;
};

/** The stored row for one entry; bulk operations insert many of these in one statement. */
export const auditRow = (actor: Pick<Viewer, "id">, entry: AuditInput) => ({
  actorId: actor.id,
  action: entry.action,
  entityType: entry.entityType,
  entityLabel: entry.entityLabel,
  postmortemId: entry.postmortemId ?? null,
  teamId: entry.teamId ?? null,
  before: JSON.stringify(entry.before ?? null),
  after: JSON.stringify(entry.after ?? null),
});

/** Records one change inside the transaction that makes it, so the log and the data never disagree. */
export async function recordAudit(tx: Tx, actor: Pick<Viewer, "id">, entry: AuditInput) {
  await tx.auditEntry.create({ data: auditRow(actor, entry) });
}

/** Admins see everything; leads see their own teams' postmortems; everyone else sees nothing. */
function auditScope(viewer: Viewer): Prisma.AuditEntryWhereInput {
  const scope = reviewScope(viewer);
  return scope === "all" ? {} : { teamId: { in: scope } };
}

export const AUDIT_PAGE_SIZE = 50;

export async function listAudit(viewer: Viewer, filters: AuditFilters) {
  const where: Prisma.AuditEntryWhereInput = {
    AND: [
      auditScope(viewer),
      filters.action ? { action: filters.action } : {},
      filters.entity ? { entityType: filters.entity } : {},
      filters.actor ? { actor: { email: containsText(filters.actor) } } : {},
      filters.subject ? { entityLabel: containsText(filters.subject) } : {},
      filters.since ? { createdAt: { gte: new Date(`${filters.since}T00:00:00Z`) } } : {},
    ],
  };
  const [total, entries, actions] = await Promise.all([
    db.auditEntry.count({ where }),
    db.auditEntry.findMany({
      where,
      orderBy: { id: "desc" },
      skip: (filters.page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      select: {
        id: true,
        action: true,
        entityType: true,
        entityLabel: true,
        before: true,
        after: true,
        createdAt: true,
        actor: { select: { name: true, email: true } },
        postmortem: { select: { slug: true } },
      },
    }),
    db.auditEntry.findMany({ where: auditScope(viewer), distinct: ["action"], select: { action: true }, orderBy: { action: "asc" } }),
  ]);
  return {
    total,
    actions: actions.map((a) => a.action),
    entries: entries.map((e) => ({ ...e, before: JSON.parse(e.before) as unknown, after: JSON.parse(e.after) as unknown })),
  };
}
