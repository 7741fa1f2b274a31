import "server-only";
import { canChangeVisibility, canRead } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer-types";
import { forbidden, notFound } from "@/lib/actions/result";
import { db } from "@/lib/db";
import { accessSelect, updateTeamPostmortem } from "@/lib/data/postmortem-writes";

/**
 * Who can see a team postmortem is an explicit lead decision, made on the postmortem page after a confirmation,
 * never a side effect of autosave. It is saved as a normal edit: versioned, recorded as a revision and audited.
 */
export async function setPostmortemVisibility(viewer: Viewer, slug: string, visibility: "team" | "public") {
  const pm = await db.postmortem.findUnique({ where: { slug }, select: accessSelect });
  if (!pm || !canRead(viewer, pm)) throw notFound("Postmortem not found.");
  if (!canChangeVisibility(viewer, pm) || pm.archivedAt) throw forbidden("Only the team's leads and admins can change who can see a postmortem.");
  const saved = await updateTeamPostmortem(viewer, { slug, baseVersion: pm.version, visibility });
  return { slug, visibility, changed: saved.changed.length > 0 };
}
