import "server-only";
import { canManage, canRead, isMember } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer-types";
import { forbidden, notFound } from "@/lib/actions/result";
import { db } from "@/lib/db";
import { writeTransaction } from "@/lib/db-client";
import { recordAudit } from "@/lib/data/audit";
import { notify, type NotifyEvent } from "@/lib/data/notify";
import type { Tx } from "@/lib/data/postmortem-children";
import { markdownToText, renderMarkdown } from "@/lib/markdown/render";
import { answersTo, mentionedHandles } from "@/lib/notifications/fan-out";

// Review comments belong to the team, like history: its members and admins read and write them, even on a
// published public postmortem; everyone else gets 404 (the postmortem page simply does not show them).

const pmSelect = { id: true, slug: true, title: true, kind: true, teamId: true, visibility: true, status: true, archivedAt: true, createdById: true } as const;
type CommentTarget = { id: number; slug: string; title: string; kind: string; teamId: number | null; visibility: string; status: string; archivedAt: Date | null; createdById: number | null };

export const canDiscuss = (viewer: Viewer | null, pm: { kind: string; teamId: number | null }) =>
  pm.kind === "team" && (isMember(viewer, pm.teamId) || viewer?.isAdmin === true);

async function loadTarget(tx: Tx, viewer: Viewer, slug: string): Promise<CommentTarget> {
  const pm = await tx.postmortem.findUnique({ where: { slug }, select: pmSelect });
  if (!pm || !canRead(viewer, pm) || !canDiscuss(viewer, pm)) throw notFound("Postmortem not found.");
  return pm;
}

/** What a field anchor says now, quoted with the comment so it still makes sense after the field changes. */
async function anchorText(tx: Tx, postmortemId: number, anchor: string) {
  const [field, n] = anchor.split(":");
  const position = Number(n) - 1;
  if (field === "rootCause") return (await tx.postmortem.findUniqueOrThrow({ where: { id: postmortemId }, select: { rootCause: true } })).rootCause;
  if (field === "lesson") return (await tx.lesson.findFirst({ where: { postmortemId, position }, select: { text: true } }))?.text ?? null;
  if (field === "timeline") {
    const event = await tx.timelineEvent.findFirst({ where: { postmortemId, position }, select: { at: true, description: true } });
    return event ? `${event.at}: ${event.description}` : null;
  }
  return "";
}

/** Team members (and the postmortem's admins are not pinged) named with @ in the text. */
async function mentionedMembers(tx: Tx, teamId: number, markdown: string) {
  const handles = mentionedHandles(markdown);
  if (handles.length === 0) return [];
  const members = await tx.membership.findMany({ where: { teamId, user: { deactivatedAt: null } }, select: { userId: true, user: { select: { email: true } } } });
  return members.filter((m) => handles.some((handle) => answersTo(m.user.email, handle))).map((m) => m.userId);
}

type NewComment = { kind: "comment" | "send_back" | "unpublish"; anchor: string; body: string; parentId?: number | null };

/**
 * Writes a comment and tells the author, earlier participants and anyone @mentioned, in the caller's transaction.
 * Send-back and unpublish reasons are comments too, so earlier review rounds stay visible.
 */
export async function addComment(tx: Tx, viewer: Viewer, pm: CommentTarget, input: NewComment) {
  let anchor = input.anchor;
  let parentId: number | null = null;
  if (input.parentId) {
    const parent = await tx.reviewComment.findFirst({ where: { id: input.parentId, postmortemId: pm.id, parentId: null }, select: { id: true, anchor: true } });
    if (!parent) throw notFound("That thread does not exist.");
    parentId = parent.id;
    anchor = parent.anchor;
  }
  const quoted = await anchorText(tx, pm.id, anchor);
  if (quoted === null) throw notFound("That field does not exist any more.");
  const comment = await tx.reviewComment.create({
    data: { postmortemId: pm.id, authorId: viewer.id, parentId, kind: input.kind, anchor, anchorText: quoted.slice(0, 500), body: input.body, bodyHtml: renderMarkdown(input.body) },
    select: { id: true },
  });
  await recordAudit(tx, viewer, {
    action: "comment.create",
    entityType: "postmortem",
    entityLabel: pm.slug,
    postmortemId: pm.id,
    teamId: pm.teamId,
    after: { comment: `#${comment.id}`, anchor, ...(parentId ? { replyTo: `#${parentId}` } : {}) },
  });
  // The author hears of a send-back or an unpublish under its own kind (lib/data/review.ts); naming them in the
  // reason must not tell them a second time, as a mention.
  const mentioned = (pm.teamId ? await mentionedMembers(tx, pm.teamId, input.body) : []).filter(
    (id) => input.kind === "comment" || id !== pm.createdById,
  );
  const participants = parentId
    ? (await tx.reviewComment.findMany({ where: { OR: [{ id: parentId }, { parentId }] }, select: { authorId: true } })).flatMap((c) => (c.authorId ? [c.authorId] : []))
    : [];
  const link = `/postmortems/${pm.slug}#comment-${parentId ?? comment.id}`;
  const excerpt = markdownToText(input.body).slice(0, 500);
  const base: Omit<NotifyEvent, "kind" | "title"> = {
    audience: { actorId: viewer.id, authorId: pm.createdById, participants, mentioned },
    body: excerpt,
    link,
    teamId: pm.teamId,
    postmortemId: pm.id,
  };
  await notify(tx, { ...base, kind: "mention", title: `${viewer.name} mentioned you on “${pm.title}”` });
  // Send-back and unpublish tell the author under their own kinds (lib/data/review.ts), so only plain comments here.
  if (input.kind === "comment") await notify(tx, { ...base, kind: "comment", title: `${viewer.name} commented on “${pm.title}”` });
  return comment.id;
}

export async function createComment(viewer: Viewer, slug: string, input: Omit<NewComment, "kind">) {
  return writeTransaction(db, async (tx) => addComment(tx, viewer, await loadTarget(tx, viewer, slug), { ...input, kind: "comment" }));
}

/** Resolving and reopening: the thread's starter, the postmortem's author, leads and admins. */
export async function setResolved(viewer: Viewer, slug: string, commentId: number, resolved: boolean) {
  return writeTransaction(db, async (tx) => {
    const pm = await loadTarget(tx, viewer, slug);
    const thread = await tx.reviewComment.findFirst({ where: { id: commentId, postmortemId: pm.id, parentId: null }, select: { id: true, authorId: true, resolvedAt: true } });
    if (!thread) throw notFound("That thread does not exist.");
    if (thread.authorId !== viewer.id && pm.createdById !== viewer.id && !canManage(viewer, pm)) {
      throw forbidden("Only whoever started the thread, the author and the team's leads can resolve it.");
    }
    if (Boolean(thread.resolvedAt) === resolved) return { slug: pm.slug, resolved };
    await tx.reviewComment.update({ where: { id: thread.id }, data: resolved ? { resolvedAt: new Date(), resolvedById: viewer.id } : { resolvedAt: null, resolvedById: null } });
    await recordAudit(tx, viewer, {
      action: resolved ? "comment.resolve" : "comment.reopen",
      entityType: "postmortem",
      entityLabel: pm.slug,
      postmortemId: pm.id,
      teamId: pm.teamId,
      before: { comment: `#${thread.id}`, status: resolved ? "open" : "resolved" },
      after: { comment: `#${thread.id}`, status: resolved ? "resolved" : "open" },
    });
    return { slug: pm.slug, resolved };
  });
}

const COMMENT_THREADS_PAGE = 50;

/** Threads with their replies, oldest first (a review reads as a conversation); null when the viewer may not see them. */
export async function listThreads(viewer: Viewer | null, pm: { id: number; kind: string; teamId: number | null }) {
  if (!canDiscuss(viewer, pm)) return null;
  const author = { select: { name: true } } as const;
  const fields = { id: true, kind: true, anchor: true, anchorText: true, bodyHtml: true, createdAt: true, resolvedAt: true, author } as const;
  return db.reviewComment.findMany({
    where: { postmortemId: pm.id, parentId: null },
    orderBy: { id: "asc" },
    take: COMMENT_THREADS_PAGE,
    select: { ...fields, replies: { orderBy: { id: "asc" }, select: fields } },
  });
}
