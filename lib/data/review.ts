import "server-only";
import { blockedBySecondReviewer, canManage, canPublish, canSendBack, canSubmit, canUnpublish, canWithdraw, reviewScope, SECOND_REVIEWER_REFUSAL, type PostmortemAccess } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer-types";
import { DomainError, forbidden } from "@/lib/actions/result";
import { db } from "@/lib/db";
import { writeTransaction } from "@/lib/db-client";
import { recordAudit } from "@/lib/data/audit";
import type { Tx } from "@/lib/data/postmortem-children";
import { readSnapshot } from "@/lib/data/postmortem-snapshot";
import { loadForWrite } from "@/lib/data/postmortem-writes";
import { announceMove, type ReviewAction } from "@/lib/data/review-events";
import { missingForPublish } from "@/lib/review/readiness";

type Action = ReviewAction;
type Transition = {
  /** Past tense, for "it cannot be …" when the role is right but the state is not. */
  done: string;
  allowed: (viewer: Viewer, pm: PostmortemAccess & { createdById: number | null }) => boolean;
  refusal: string;
  data: (viewer: Viewer, note: string | undefined) => Record<string, unknown>;
  check?: (tx: Tx, id: number, viewer: Viewer) => Promise<void>;
};

const STATE_NAMES: Record<string, string> = { draft: "a draft", in_review: "in review", published: "published" };

/** Four eyes first: an author blocked from publishing learns that before the list of missing fields. */
async function checkPublishable(tx: Tx, id: number, viewer: Viewer) {
  const row = await tx.postmortem.findUnique({ where: { id }, select: { createdById: true, team: { select: { requireSecondReviewer: true } } } });
  if (row && blockedBySecondReviewer(viewer, { createdById: row.createdById, requireSecondReviewer: row.team?.requireSecondReviewer ?? false })) {
    throw forbidden(SECOND_REVIEWER_REFUSAL);
  }
  const missing = missingForPublish(await readSnapshot(tx, id));
  if (missing.length) throw new DomainError(400, `Not ready to publish. ${missing.join(" ")}`, { errors: { publish: missing } });
}

const TRANSITIONS: Record<Action, Transition> = {
  submit: {
    done: "submitted",
    allowed: canSubmit,
    refusal: "Only members of its team can submit a postmortem for review.",
    data: () => ({ status: "in_review", submittedAt: new Date() }),
  },
  publish: {
    done: "published",
    allowed: canPublish,
    refusal: "Only the team's leads and admins can publish.",
    data: (viewer) => ({ status: "published", publishedAt: new Date(), publishedById: viewer.id, reviewNote: null, reviewNoteById: null }),
    check: checkPublishable,
  },
  send_back: {
    done: "sent back",
    allowed: canSendBack,
    refusal: "Only the team's leads and admins can send a postmortem back.",
    data: (viewer, note) => ({ status: "draft", submittedAt: null, reviewNote: note, reviewNoteById: viewer.id }),
  },
  withdraw: {
    done: "withdrawn",
    allowed: canWithdraw,
    refusal: "Only its author and the team's leads can withdraw a submission.",
    data: () => ({ status: "draft", submittedAt: null }),
  },
  unpublish: {
    done: "unpublished",
    allowed: canUnpublish,
    refusal: "Only the team's leads and admins can unpublish.",
    data: (viewer, note) => ({ status: "draft", publishedAt: null, publishedById: null, reviewNote: note, reviewNoteById: viewer.id }),
  },
};

/**
 * Moves a team postmortem through draft → in review → published (and back). Every move bumps the version,
 * so an editor left open on the old state gets a conflict instead of overwriting, and is audited.
 */
export async function transition(viewer: Viewer, slug: string, action: Action, note?: string) {
  const step = TRANSITIONS[action];
  return writeTransaction(db, async (tx) => {
    const pm = { ...(await loadForWrite(tx, viewer, slug)), ...(await tx.postmortem.findUniqueOrThrow({ where: { slug }, select: { title: true, createdById: true } })) };
    if (!step.allowed(viewer, pm)) {
      // Someone allowed to make this move in general, but not from this state (a double click, a stale page), is told why.
      const roleFits =
        action === "submit"
          ? canSubmit(viewer, { ...pm, status: "draft", archivedAt: null })
          : action === "withdraw"
            ? canWithdraw(viewer, { ...pm, status: "in_review", archivedAt: null })
            : canManage(viewer, pm);
      throw forbidden(roleFits ? `It is ${pm.archivedAt ? "archived" : STATE_NAMES[pm.status] ?? pm.status}, so it cannot be ${step.done}.` : step.refusal);
    }
    await step.check?.(tx, pm.id, viewer);
    const data = step.data(viewer, note);
    const updated = await tx.postmortem.update({ where: { id: pm.id }, data: { ...data, version: pm.version + 1 }, select: { status: true } });
    await recordAudit(tx, viewer, {
      action: `postmortem.${action}`,
      entityType: "postmortem",
      entityLabel: slug,
      postmortemId: pm.id,
      teamId: pm.teamId,
      before: { status: pm.status },
      after: { status: updated.status, ...(note ? { comment: note } : {}) },
    });
    await announceMove(tx, viewer, action, { ...pm, slug, status: updated.status }, note);
    return { slug, status: updated.status };
  });
}

const queueSelect = {
  id: true,
  slug: true,
  title: true,
  severity: true,
  status: true,
  submittedAt: true,
  updatedAt: true,
  team: { select: { slug: true, name: true } },
  createdBy: { select: { name: true } },
  _count: { select: { tags: true, lessons: true } },
} as const;

function teamScope(viewer: Viewer) {
  const scope = reviewScope(viewer);
  return scope === "all" ? { kind: "team" } : { kind: "team", teamId: { in: scope } };
}

/** Postmortems of the viewer's teams waiting for review, oldest submission first. */
export const listReviewQueue = (viewer: Viewer) =>
  db.postmortem.findMany({
    where: { ...teamScope(viewer), status: "in_review", archivedAt: null },
    orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
    select: queueSelect,
  });

/** How many wait for the viewer's review, for the navigation. */
export const countReviewQueue = (viewer: Viewer) => db.postmortem.count({ where: { ...teamScope(viewer), status: "in_review", archivedAt: null } });
