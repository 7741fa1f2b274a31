import { canEdit, canManage, canRead, isMember, type PostmortemAccess } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer-types";

export type ActionItemRights = {
  /** Change the status and the due date. */
  change: boolean;
  /** Give the item to someone else (a user of the team, a name, or nobody). */
  reassign: boolean;
};

const NONE: ActionItemRights = { change: false, reassign: false };

/**
 * Who may move an action item outside the editor, whatever the postmortem's status (published ones included, without
 * reopening them): its owner while they are in the team, the team's leads and admins, and whoever may edit the
 * postmortem (members, on drafts). Only the last two may reassign it: an owner cannot hand their work to someone else.
 * Curated stories and archived postmortems have no follow-up to track.
 */
export function actionItemRights(viewer: Viewer | null, pm: PostmortemAccess, item: { ownerId: number | null }): ActionItemRights {
  if (!viewer || pm.kind !== "team" || pm.archivedAt || !canRead(viewer, pm)) return NONE;
  const manages = canManage(viewer, pm) || canEdit(viewer, pm);
  const owns = item.ownerId === viewer.id && isMember(viewer, pm.teamId);
  return { change: manages || owns, reassign: manages };
}
