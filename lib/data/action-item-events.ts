// Telling owners about their action items: when one is given to them (in the transaction that assigns it), and when
// it is due within DUE_SOON_DAYS days or overdue (a sweep the delivery worker runs). No "server-only": the worker
// starts from instrumentation.ts, outside React's server module graph.
import { attentionCutoff, needingAttention, startOfUtcDay, type Attention } from "@/lib/action-items/due";
import type { Viewer } from "@/lib/auth/viewer-types";
import { writeTransaction, type Db } from "@/lib/db-client";
import { notify } from "@/lib/data/notify";
import type { Tx } from "@/lib/data/postmortem-children";
import { isoDate } from "@/lib/format";

type Story = { id: number; slug: string; title: string; teamId: number | null };
export type Assigned = { id: number; ownerId: number; description: string };

const backlogLink = (slug: string) => `/actions?postmortem=${encodeURIComponent(slug)}`;

/** Tells each new owner (not the one who chose themselves) that an item is theirs now. */
export async function announceAssignments(tx: Tx, actor: Pick<Viewer, "id" | "name">, pm: Story, assigned: Assigned[]) {
  for (const item of assigned) {
    await notify(tx, {
      kind: "action_assigned",
      audience: { actorId: actor.id, owner: item.ownerId },
      title: `${actor.name} gave you an action item on “${pm.title}”`,
      body: item.description,
      link: backlogLink(pm.slug),
      teamId: pm.teamId,
      postmortemId: pm.id,
    });
  }
}

/**
 * Open items due within DUE_SOON_DAYS days or overdue that still need a reminder at their stage, in id order from
 * `afterId`, a bounded batch at a time. An item reminded "due-soon" comes back once it is overdue; one reminded
 * "overdue" never does (until its status, due date or owner changes, which clears `reminded`).
 */
export function dueActionItems(client: Db, now: Date, afterId = 0, take = 500) {
  return client.actionItem.findMany({
    where: {
      id: { gt: afterId },
      status: "open",
      dueDate: { lt: attentionCutoff(now) },
      OR: [{ reminded: "" }, { reminded: "due-soon", dueDate: { lt: startOfUtcDay(now) } }],
      postmortem: { kind: "team", archivedAt: null },
    },
    orderBy: { id: "asc" },
    take,
    select: {
      id: true,
      description: true,
      status: true,
      dueDate: true,
      ownerId: true,
      reminded: true,
      postmortem: { select: { id: true, slug: true, title: true, teamId: true } },
    },
  });
}

const SWEEP_BATCH = 200;

/**
 * Reminds the owners of items that fell due (and tells the team's webhooks of overdue ones). Each reminder is a
 * conditional UPDATE of `reminded` in the notification's own transaction, so two instances sweeping at once, or a
 * crash between the two, never remind twice or lose one. Returns how many reminders were written.
 */
export async function remindDueActionItems(client: Db, now = new Date()) {
  let afterId = 0;
  let reminded = 0;
  for (;;) {
    const batch = await dueActionItems(client, now, afterId, SWEEP_BATCH);
    for (const item of needingAttention(batch, now)) {
      const written = await remindOne(client, item).catch((error: unknown) => {
        // One item that cannot be reminded (a database hiccup) never holds back the others; the next sweep retries.
        console.error(`action-item reminder ${item.id}:`, error instanceof Error ? error.message : error);
        return false;
      });
      if (written) reminded++;
    }
    if (batch.length < SWEEP_BATCH) return reminded;
    afterId = batch.at(-1)!.id;
  }
}

type DueItem = Awaited<ReturnType<typeof dueActionItems>>[number] & { attention: Attention };

function remindOne(client: Db, item: DueItem) {
  const { postmortem: pm } = item;
  const overdue = item.attention === "overdue";
  return writeTransaction(client, async (tx) => {
    // Claimed only as it was read: a change since (status, due date, owner) makes it another item, for the next sweep.
    const claimed = await tx.actionItem.updateMany({
      where: { id: item.id, reminded: item.reminded, status: "open", dueDate: item.dueDate, ownerId: item.ownerId },
      data: { reminded: item.attention },
    });
    if (claimed.count === 0) return false;
    // Someone who left the team keeps the item until it is reassigned, but hears nothing more of the team's work.
    const member =
      item.ownerId !== null && pm.teamId !== null
        ? await tx.membership.findUnique({ where: { userId_teamId: { userId: item.ownerId, teamId: pm.teamId } }, select: { userId: true } })
        : null;
    await notify(tx, {
      kind: "action_due",
      audience: { actorId: null, owner: member ? item.ownerId : null },
      title: `${overdue ? "Overdue, was due" : "Due"} ${isoDate(item.dueDate!)}: ${item.description.slice(0, 120)}`,
      body: `An action item of “${pm.title}”.`,
      link: backlogLink(pm.slug),
      teamId: pm.teamId,
      postmortemId: pm.id,
      ...(overdue && pm.teamId !== null ? { webhook: { event: "action_overdue" as const, teamId: pm.teamId, subject: pm.title } } : {}),
    });
    return true;
  });
}
