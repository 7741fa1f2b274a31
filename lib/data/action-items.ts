import "server-only";
import { isOverdue, startOfUtcDay } from "@/lib/action-items/due";
import { actionItemRights } from "@/lib/auth/action-item-permissions";
import { canRead } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer-types";
import { DomainError, forbidden, notFound } from "@/lib/actions/result";
import { db } from "@/lib/db";
import { writeTransaction } from "@/lib/db-client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { announceAssignments } from "@/lib/data/action-item-events";
import { recordAudit } from "@/lib/data/audit";
import { accessSelect, recordRevision } from "@/lib/data/postmortem-writes";
import { readSnapshot } from "@/lib/data/postmortem-snapshot";
import { isoDate } from "@/lib/format";
import type { ActionItemFilters, UpdateActionItemInput } from "@/lib/validation/action-items";

const itemSelect = {
  id: true,
  position: true,
  type: true,
  description: true,
  owner: true,
  ownerId: true,
  status: true,
  dueDate: true,
  link: true,
  version: true,
} as const;

type ItemRow = Prisma.ActionItemGetPayload<{ select: typeof itemSelect }>;

/** The shape the backlog, the API and the item controls share. */
const present = (row: ItemRow, now: Date) => ({
  id: row.id,
  type: row.type,
  description: row.description,
  owner: row.owner,
  ownerId: row.ownerId,
  status: row.status,
  dueDate: row.dueDate ? isoDate(row.dueDate) : null,
  link: row.link,
  version: row.version,
  overdue: isOverdue(row, now),
});

/** The team postmortems whose items a viewer's backlog holds: the teams they are in, never archived ones. */
function backlogScope(viewer: Viewer, filters: Pick<ActionItemFilters, "team" | "postmortem">): Prisma.PostmortemWhereInput {
  const teamIds = viewer.teams.filter((team) => !filters.team || team.slug === filters.team).map((team) => team.id);
  return { kind: "team", archivedAt: null, teamId: { in: teamIds }, ...(filters.postmortem ? { slug: filters.postmortem } : {}) };
}

/**
 * One page of the action items of the viewer's teams, soonest due first (undated last), with the total. Filtering,
 * ordering and paging happen in SQL on the (ownerId, dueDate) and (dueDate) indexes.
 */
export async function listActionItems(viewer: Viewer, filters: ActionItemFilters, now = new Date()) {
  const where: Prisma.ActionItemWhereInput = {
    postmortem: backlogScope(viewer, filters),
    ...(filters.owner === "mine" ? { ownerId: viewer.id } : filters.owner === "unassigned" ? { ownerId: null } : filters.owner === "anyone" ? {} : { ownerId: filters.owner }),
    ...(filters.type ? { type: filters.type } : {}),
    ...(filters.overdue ? { status: "open", dueDate: { lt: startOfUtcDay(now) } } : filters.status ? { status: filters.status } : {}),
  };
  const [total, rows] = await Promise.all([
    db.actionItem.count({ where }),
    db.actionItem.findMany({
      where,
      orderBy: [{ dueDate: { sort: "asc", nulls: "last" } }, { id: "asc" }],
      skip: (filters.page - 1) * filters.pageSize,
      take: filters.pageSize,
      select: { ...itemSelect, postmortem: { select: { ...accessSelect, slug: true, title: true, team: { select: { slug: true, name: true } } } } },
    }),
  ]);
  return {
    total,
    page: filters.page,
    pageSize: filters.pageSize,
    items: rows.map(({ postmortem, ...row }) => ({
      ...present(row, now),
      postmortem: { slug: postmortem.slug, title: postmortem.title, team: postmortem.team },
      rights: actionItemRights(viewer, postmortem, row),
    })),
  };
}

/** The postmortem's items as the page shows them, with what the viewer may change on each. */
export async function actionItemsFor(viewer: Viewer | null, postmortemId: number, pm: Parameters<typeof actionItemRights>[1], now = new Date()) {
  const rows = await db.actionItem.findMany({ where: { postmortemId }, orderBy: { position: "asc" }, select: itemSelect });
  return rows.map((row) => ({ ...present(row, now), rights: actionItemRights(viewer, pm, row) }));
}

/** Sets who owns an item: a user of the team (their name is the label), a name, or nobody. */
async function ownerChange(tx: Pick<typeof db, "membership">, teamId: number, owner: number | string | null) {
  if (typeof owner !== "number") return { ownerId: null, owner: owner || null };
  const member = await tx.membership.findUnique({ where: { userId_teamId: { userId: owner, teamId } }, select: { user: { select: { name: true } } } });
  if (!member) throw new DomainError(400, "Some fields need attention.", { errors: { owner: ["Choose someone in the team."] } });
  return { ownerId: owner, owner: member.user.name };
}

/**
 * Changes an item's status, due date or owner outside the editor, against the item's version: a stale one is a
 * conflict with the current item. The postmortem moves to a new version with a revision (so open editors cannot
 * overwrite the change), and the change is audited, all in one transaction.
 */
export async function updateActionItem(viewer: Viewer, input: UpdateActionItemInput, now = new Date()) {
  return writeTransaction(db, async (tx) => {
    const found = await tx.actionItem.findUnique({ where: { id: input.id }, select: { ...itemSelect, postmortem: { select: { ...accessSelect, slug: true, title: true } } } });
    if (!found || !canRead(viewer, found.postmortem)) throw notFound("Action item not found.");
    const { postmortem: pm, ...item } = found;
    const rights = actionItemRights(viewer, pm, item);
    if (!rights.change) throw forbidden("Only the item's owner, the team's leads and admins can change it.");
    if (input.owner !== undefined && !rights.reassign) throw forbidden("Only the team's leads and admins can give an item to someone else.");
    if (item.version !== input.baseVersion) {
      throw new DomainError(409, "Someone changed this action item since you loaded it.", { conflict: present(item, now) });
    }
    const data = {
      ...(input.status !== undefined ? { status: input.status } : {}),
      ...(input.dueDate !== undefined ? { dueDate: input.dueDate ? new Date(`${input.dueDate}T00:00:00Z`) : null } : {}),
      ...(input.owner !== undefined ? await ownerChange(tx, pm.teamId!, input.owner) : {}),
    };
    const before = present(item, now);
    const audited = ["status", "dueDate", "owner"] as const;
    const next = present({ ...item, ...data }, now);
    const changed = audited.filter((key) => before[key] !== next[key] || (key === "owner" && before.ownerId !== next.ownerId));
    if (changed.length === 0) return before;
    // A new status, due date or owner starts the reminders afresh (lib/data/action-item-events.ts).
    const updated = await tx.actionItem.update({ where: { id: item.id }, data: { ...data, reminded: "", version: { increment: 1 } }, select: itemSelect });
    const version = pm.version + 1;
    await tx.postmortem.update({ where: { id: pm.id }, data: { version } });
    await recordRevision(tx, pm.id, version, viewer.id, ["actionItems"], await readSnapshot(tx, pm.id));
    const after = present(updated, now);
    const pick = (v: typeof after) => Object.fromEntries(changed.map((key) => [key, v[key]]));
    await recordAudit(tx, viewer, {
      action: "action-item.update",
      entityType: "action-item",
      entityLabel: `${pm.slug}: ${item.description.slice(0, 80)}`,
      postmortemId: pm.id,
      teamId: pm.teamId,
      before: pick(before),
      after: pick(after),
    });
    if (updated.ownerId !== null && updated.ownerId !== item.ownerId) {
      await announceAssignments(tx, viewer, { id: pm.id, slug: pm.slug, title: pm.title, teamId: pm.teamId }, [
        { id: updated.id, ownerId: updated.ownerId, description: updated.description },
      ]);
    }
    return after;
  });
}
