import "server-only";
import { canAnswerRun, canChangeRunVisibility, canCreateIn, canReadRun } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer-types";
import { DomainError, forbidden, notFound } from "@/lib/actions/result";
import { EMPTY_ANSWER, type Answer, type AnswerStatus } from "@/lib/checklists/answers";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/data/audit";
import { writeTransaction } from "@/lib/db-client";
import type { Prisma } from "@/lib/generated/prisma/client";

/** Runs the viewer may see: public ones, their teams' ones, or all for admins — mirroring canReadRun. */
export function visibleRuns(viewer: Viewer | null): Prisma.ChecklistRunWhereInput {
  if (viewer?.isAdmin) return {};
  const teamIds = viewer?.teams.map((t) => t.id) ?? [];
  return { OR: [{ visibility: "public" }, { teamId: { in: teamIds } }] };
}

const runListSelect = {
  id: true,
  target: true,
  visibility: true,
  createdAt: true,
  updatedAt: true,
  team: { select: { slug: true, name: true } },
  checklist: { select: { slug: true, title: true, _count: { select: { items: true } } } },
  answers: { select: { status: true } },
} as const;

export const listRuns = (viewer: Viewer | null, where: Prisma.ChecklistRunWhereInput, page?: { skip: number; take: number }) =>
  db.checklistRun.findMany({ where: { AND: [visibleRuns(viewer), where] }, orderBy: [{ updatedAt: "desc" }, { id: "desc" }], select: runListSelect, ...page });

export const countRuns = (viewer: Viewer | null, where: Prisma.ChecklistRunWhereInput) => db.checklistRun.count({ where: { AND: [visibleRuns(viewer), where] } });

export async function startRun(viewer: Viewer, input: { checklist: string; teamId: number; target: string }) {
  if (!canCreateIn(viewer, input.teamId)) throw forbidden("You can only start runs for teams you belong to.");
  const checklist = await db.checklist.findUnique({ where: { slug: input.checklist }, select: { id: true } });
  if (!checklist) throw notFound("Checklist not found.");
  const run = await db.checklistRun.create({ data: { checklistId: checklist.id, teamId: input.teamId, target: input.target, createdById: viewer.id }, select: { id: true } });
  return { id: run.id };
}

async function loadRun(viewer: Viewer | null, id: number) {
  const run = await db.checklistRun.findUnique({ where: { id }, select: { id: true, teamId: true, visibility: true, checklistId: true } });
  // Someone who cannot read a run learns nothing about it, not even that it exists.
  if (!run || !canReadRun(viewer, run)) throw notFound("Run not found.");
  return run;
}

const answerOf = (row: { status: string; note: string; owner: string; version: number } | null | undefined): Answer =>
  row ? { status: row.status as AnswerStatus, note: row.note, owner: row.owner, version: row.version } : EMPTY_ANSWER;

/**
 * Saves one item's answer against the version the client last saw. Different items never conflict; a stale
 * version on the same item is refused with the current answer and who saved it, so nothing is lost silently.
 */
export async function answerItem(viewer: Viewer, input: { runId: number; itemId: number; status: AnswerStatus; note: string; owner: string; baseVersion: number }) {
  const run = await loadRun(viewer, input.runId);
  if (!canAnswerRun(viewer, run)) throw forbidden("Only the team's members can fill in its runs.");
  return writeTransaction(db, async (tx) => {
    const item = await tx.checklistItem.findFirst({ where: { id: input.itemId, checklistId: run.checklistId }, select: { id: true } });
    if (!item) throw notFound("That item is not in this run's checklist.");
    const key = { runId_itemId: { runId: run.id, itemId: item.id } };
    const current = await tx.checklistAnswer.findUnique({ where: key, select: { status: true, note: true, owner: true, version: true, updatedAt: true, updatedBy: { select: { name: true } } } });
    if ((current?.version ?? 0) !== input.baseVersion) {
      throw new DomainError(409, `${current?.updatedBy?.name ?? "Someone"} changed this item while you were editing it.`, {
        conflict: { itemId: item.id, answer: answerOf(current), by: current?.updatedBy?.name ?? null, at: current?.updatedAt ?? null },
      });
    }
    const data = { status: input.status, note: input.note, owner: input.owner, version: input.baseVersion + 1, updatedById: viewer.id };
    const saved = await tx.checklistAnswer.upsert({ where: key, create: { runId: run.id, itemId: item.id, ...data }, update: data, select: { status: true, note: true, owner: true, version: true } });
    await tx.checklistRun.update({ where: { id: run.id }, data: { updatedAt: new Date() } });
    return { itemId: item.id, answer: answerOf(saved) };
  });
}

export async function setRunVisibility(viewer: Viewer, input: { runId: number; visibility: "team" | "public" }) {
  const run = await loadRun(viewer, input.runId);
  if (!canChangeRunVisibility(viewer, run)) throw forbidden("Only the team's leads and admins can change who sees a run.");
  if (run.visibility === input.visibility) return { id: run.id, visibility: input.visibility };
  await writeTransaction(db, async (tx) => {
    await tx.checklistRun.update({ where: { id: run.id }, data: { visibility: input.visibility } });
    await recordAudit(tx, viewer, { action: "run.visibility", entityType: "run", entityLabel: `run #${run.id}`, teamId: run.teamId, before: { visibility: run.visibility }, after: { visibility: input.visibility } });
  });
  return { id: run.id, visibility: input.visibility };
}

/** A run with its checklist's items, each item's answer, and the incidents behind each item. Null if not visible. */
export async function getRun(viewer: Viewer | null, id: number) {
  const run = await db.checklistRun.findUnique({
    where: { id },
    select: {
      id: true,
      teamId: true,
      target: true,
      visibility: true,
      createdAt: true,
      updatedAt: true,
      team: { select: { slug: true, name: true } },
      createdBy: { select: { name: true } },
      checklist: {
        select: {
          id: true,
          slug: true,
          title: true,
          items: {
            orderBy: { position: "asc" },
            select: { id: true, key: true, control: true, why: true, check: true, checkKind: true, checkLang: true, postmortems: { select: { postmortem: { select: { slug: true, title: true } } } } },
          },
        },
      },
      answers: { select: { itemId: true, status: true, note: true, owner: true, version: true, updatedBy: { select: { name: true } } } },
    },
  });
  if (!run || !canReadRun(viewer, run)) return null;
  const answers = new Map(run.answers.map((a) => [a.itemId, a]));
  return {
    ...run,
    canAnswer: canAnswerRun(viewer, run),
    canChangeVisibility: canChangeRunVisibility(viewer, run),
    items: run.checklist.items.map((item) => ({
      id: item.id,
      key: item.key,
      control: item.control,
      why: item.why,
      check: { text: item.check, kind: item.checkKind, lang: item.checkLang },
      postmortems: item.postmortems.map((p) => p.postmortem),
      answer: answerOf(answers.get(item.id)),
      answeredBy: answers.get(item.id)?.updatedBy?.name ?? null,
    })),
  };
}

export type RunDetail = NonNullable<Awaited<ReturnType<typeof getRun>>>;

/** Other visible runs of the same checklist, to compare with. */
export const listComparableRuns = (viewer: Viewer | null, run: { id: number; checklist: { id: number } }) =>
  listRuns(viewer, { checklistId: run.checklist.id, id: { not: run.id } });
