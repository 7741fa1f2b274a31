import "server-only";
import { canPurge, canRead, canReadHistory } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer-types";
import { DomainError, forbidden, notFound } from "@/lib/actions/result";
import { db } from "@/lib/db";
import { writeTransaction } from "@/lib/db-client";
import { recordAudit } from "@/lib/data/audit";
import { accessSelect } from "@/lib/data/postmortem-writes";

// Purges answer legal and privacy requests: the text is deleted for good, and the audit entry that records
// the purge says who, when and which revision, never what the text was.

export const CURRENT_REVISION_REFUSAL =
  "This revision holds the current text, so purging it would not remove anything readers see. Edit the text out first (that saves a newer revision), then purge this one — or purge the whole postmortem.";

/** Deletes one earlier revision of a team postmortem. The newest revision (the current state) is refused. */
export async function purgeRevision(viewer: Viewer, slug: string, revisionId: number) {
  return writeTransaction(db, async (tx) => {
    const pm = await tx.postmortem.findUnique({ where: { slug }, select: accessSelect });
    if (!pm || !canReadHistory(viewer, pm)) throw notFound("Revision not found.");
    if (!canPurge(viewer, pm)) throw forbidden("Only the team's leads and admins can purge revisions.");
    const revision = await tx.revision.findFirst({
      where: { id: revisionId, postmortemId: pm.id },
      select: { id: true, version: true, createdAt: true, changedFields: true, author: { select: { name: true } } },
    });
    if (!revision) throw notFound("Revision not found.");
    const newest = await tx.revision.findFirst({ where: { postmortemId: pm.id }, orderBy: { id: "desc" }, select: { id: true } });
    if (newest?.id === revision.id) throw new DomainError(409, CURRENT_REVISION_REFUSAL);
    await tx.revision.delete({ where: { id: revision.id } });
    await recordAudit(tx, viewer, {
      action: "revision.purge",
      entityType: "postmortem",
      entityLabel: slug,
      postmortemId: pm.id,
      teamId: pm.teamId,
      before: { revision: `version ${revision.version}`, author: revision.author?.name ?? "unknown", saved: revision.createdAt.toISOString(), fields: JSON.parse(revision.changedFields) as string[] },
      after: { revision: "purged" },
    });
    return { slug, version: revision.version };
  });
}

/**
 * Deletes a team postmortem with its revisions and every child row (lessons, timeline, tags…). The caller types the slug
 * to confirm. The audit entry names it by id only: the slug is derived from the title, which may be the text purged.
 */
export async function purgePostmortem(viewer: Viewer, slug: string, confirmation: string) {
  return writeTransaction(db, async (tx) => {
    const pm = await tx.postmortem.findUnique({ where: { slug }, select: { ...accessSelect, status: true, _count: { select: { revisions: true } } } });
    if (!pm || !canRead(viewer, pm)) throw notFound("Postmortem not found.");
    if (!canPurge(viewer, pm)) throw forbidden("Only the team's leads and admins can purge a postmortem.");
    if (confirmation.trim() !== slug) {
      throw new DomainError(400, "Type the postmortem's slug exactly to confirm.", { errors: { confirmation: [`Type “${slug}” to confirm.`] } });
    }
    await tx.postmortem.delete({ where: { id: pm.id } });
    await recordAudit(tx, viewer, {
      action: "postmortem.purge",
      entityType: "postmortem",
      entityLabel: `postmortem #${pm.id}`,
      teamId: pm.teamId,
      before: { status: pm.status, visibility: pm.visibility, revisions: pm._count.revisions },
      after: { purged: true },
    });
    const team = pm.teamId ? await tx.team.findUnique({ where: { id: pm.teamId }, select: { slug: true } }) : null;
    return { slug, teamSlug: team?.slug ?? null };
  });
}
