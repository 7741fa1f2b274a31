import "server-only";
import { canPublish, canSendBack, canSubmit, canUnpublish, reviewScope, type PostmortemAccess } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer-types";
import { DomainError, forbidden } from "@/lib/actions/result";
import { db } from "@/lib/db";
import { writeTransaction } from "@/lib/db-client";
import { recordAudit } from "@/lib/data/audit";
import type { Tx } from "@/lib/data/postmortem-children";
import { readSnapshot } from "@/lib/data/postmortem-snapshot";
import { loadForWrite } from "@/lib/data/postmortem-writes";
import { missingForPublish } from "@/lib/review/readiness";

type Transition = {
  action: "submit" | "publish" | "send_back" | "unpublish";
  allowed: (viewer: Viewer, pm: PostmortemAccess) => boolean;
  refusal: string;
  data: (viewer: Viewer, note: string | undefined) => Record<string, unknown>;
  check?: (tx: Tx, id: number) => Promise<void>;
};

async function checkPublishable(tx: Tx, id: number) {
  const missing = missingForPublish(await readSnapshot(tx, id));
  if (missing.length) throw new DomainError(400, `Not ready to publish. ${missing.join(" ")}`, { errors: { publish: missing } });
}

const TRANSITIONS: Record<Transition["action"], Transition> = {
  submit: {
    action: "submit",
    allowed: canSubmit,
    refusal: "Only a draft can be submitted, by a member of its team.",
    data: () => ({ status: "in_review", submittedAt: new Date() }),
  },
  publish: {
    action: "publish",
    allowed: canPublish,
    refusal: "Only the team's leads and admins can publish.",
    data: (viewer) => ({ status: "published", publishedAt: new Date(), publishedById: viewer.id, reviewNote: null, reviewNoteById: null }),
    check: checkPublishable,
  },
  send_back: {
    action: "send_back",
    allowed: canSendBack,
    refusal: "Only the team's leads and admins can send back a postmortem that is in review.",
    data: (viewer, note) => ({ status: "draft", submittedAt: null, reviewNote: note, reviewNoteById: viewer.id }),
  },
  unpublish: {
    action: "unpublish",
    allowed: canUnpublish,
    refusal: "Only the team's leads and admins can unpublish a published postmortem.",
    data: (viewer, note) => ({ status: "draft", publishedAt: null, publishedById: null, reviewNote: note, reviewNoteById: viewer.id }),
  },
};

/**
 * Moves a team postmortem through draft → in review → published (and back). Every move bumps the version,
 * so an editor left open on the old state gets a conflict instead of overwriting, and is audited.
 */
export async function transition(viewer: Viewer, slug: string, action: Transition["action"], note?: string) {
  const step = TRANSITIONS[action];
  return writeTransaction(db, async (tx) => {
    const pm = await loadForWrite(tx, viewer, slug);
    if (!step.allowed(viewer, pm)) throw forbidden(step.refusal);
    await step.check?.(tx, pm.id);
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
