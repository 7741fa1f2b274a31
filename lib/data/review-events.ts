import "server-only";
import type { Viewer } from "@/lib/auth/viewer-types";
import { teamLeads } from "@/lib/data/notifications";
import { notify } from "@/lib/data/notify";
import type { Tx } from "@/lib/data/postmortem-children";
import { addComment } from "@/lib/data/review-comments";
import { markdownToText } from "@/lib/markdown/render";

export type ReviewAction = "submit" | "publish" | "send_back" | "unpublish" | "withdraw";

type Moved = {
  id: number;
  slug: string;
  title: string;
  kind: string;
  teamId: number | null;
  visibility: string;
  status: string;
  archivedAt: Date | null;
  createdById: number | null;
};

/**
 * Who hears about a review move, in its transaction: leads about a submission, the author about the decision.
 * A send-back comment or unpublish reason is also kept as a review comment, so every round stays on the page.
 */
export async function announceMove(tx: Tx, viewer: Viewer, action: ReviewAction, pm: Moved, note?: string) {
  if (pm.teamId === null) return;
  const link = `/postmortems/${pm.slug}`;
  const common = { teamId: pm.teamId, postmortemId: pm.id, link };
  const subject = pm.title;
  if (action === "publish" || action === "send_back" || action === "withdraw") {
    // The review is over: the leads' "waits for review" notices for it are no longer news.
    await tx.notification.updateMany({ where: { postmortemId: pm.id, kind: "review_requested", readAt: null }, data: { readAt: new Date() } });
  }
  if (action === "submit") {
    await notify(tx, {
      ...common,
      kind: "review_requested",
      audience: { actorId: viewer.id, leads: await teamLeads(tx, pm.teamId) },
      title: `${viewer.name} asks for a review of “${subject}”`,
      webhook: { event: "submitted", teamId: pm.teamId, subject },
    });
  } else if (action === "send_back" || action === "unpublish") {
    const comment = await addComment(tx, viewer, pm, { kind: action, anchor: "general", body: note ?? "" });
    await notify(tx, {
      ...common,
      link: `${link}#comment-${comment}`,
      kind: action === "send_back" ? "sent_back" : "unpublished",
      audience: { actorId: viewer.id, authorId: pm.createdById },
      title: `${viewer.name} ${action === "send_back" ? "sent back" : "unpublished"} “${subject}”`,
      body: note ? markdownToText(note) : undefined,
      ...(action === "send_back" ? { webhook: { event: "sent_back" as const, teamId: pm.teamId, subject } } : {}),
    });
  } else if (action === "publish") {
    await notify(tx, {
      ...common,
      kind: "published",
      audience: { actorId: viewer.id, authorId: pm.createdById },
      title: `${viewer.name} published “${subject}”`,
      webhook: { event: "published", teamId: pm.teamId, subject },
    });
  }
}
