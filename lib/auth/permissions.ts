import type { Viewer } from "@/lib/auth/viewer-types";

export const POSTMORTEM_STATUSES = ["draft", "in_review", "published"] as const;
export type PostmortemStatus = (typeof POSTMORTEM_STATUSES)[number];

/** What permission checks need to know about a postmortem. */
export type PostmortemAccess = {
  kind: string;
  teamId: number | null;
  visibility: string;
  status: string;
  archivedAt: Date | null;
};

export const roleIn = (viewer: Viewer | null, teamId: number | null) =>
  teamId === null ? undefined : viewer?.teams.find((team) => team.id === teamId)?.role;

export const isMember = (viewer: Viewer | null, teamId: number | null) => roleIn(viewer, teamId) !== undefined;
export const isLead = (viewer: Viewer | null, teamId: number | null) => roleIn(viewer, teamId) === "lead";
const isAdmin = (viewer: Viewer | null) => viewer?.isAdmin === true;

/** Public means anyone only once published; until then only the team (and admins) see it. */
export function canRead(viewer: Viewer | null, pm: PostmortemAccess): boolean {
  if (pm.kind === "curated") return true;
  if (pm.archivedAt) return isLead(viewer, pm.teamId) || isAdmin(viewer);
  if (pm.visibility === "public" && pm.status === "published") return true;
  return isMember(viewer, pm.teamId) || isAdmin(viewer);
}

export const canCreateIn = (viewer: Viewer | null, teamId: number) => isMember(viewer, teamId) || isAdmin(viewer);

/** Archiving, restoring, publishing, tagging and making a postmortem public are lead decisions. */
export function canManage(viewer: Viewer | null, pm: Pick<PostmortemAccess, "kind" | "teamId">): boolean {
  return pm.kind === "team" && (isLead(viewer, pm.teamId) || isAdmin(viewer));
}

/** Members edit drafts; once submitted or published, only the team's leads and admins edit. */
export function canEdit(viewer: Viewer | null, pm: PostmortemAccess): boolean {
  if (pm.kind !== "team" || pm.archivedAt) return false;
  if (canManage(viewer, pm)) return true;
  return pm.status === "draft" && isMember(viewer, pm.teamId);
}

/**
 * Revision history (earlier text, diffs) is the team's even after publishing: a team may redact before it
 * publishes, so readers of the published story never see what came before. Members, leads and admins only.
 */
export const canReadHistory = (viewer: Viewer | null, pm: PostmortemAccess) =>
  pm.kind === "team" && canRead(viewer, pm) && (isMember(viewer, pm.teamId) || isAdmin(viewer));
/** Deleting revisions or a whole postmortem for a legal or privacy request is a lead decision. */
export const canPurge = (viewer: Viewer | null, pm: PostmortemAccess) => canManage(viewer, pm);

export const canChangeVisibility = canManage;
export const canArchive = (viewer: Viewer | null, pm: PostmortemAccess) => canManage(viewer, pm) && !pm.archivedAt;
export const canRestore = (viewer: Viewer | null, pm: PostmortemAccess) => canManage(viewer, pm) && Boolean(pm.archivedAt);

export const canSubmit = (viewer: Viewer | null, pm: PostmortemAccess) =>
  pm.kind === "team" && !pm.archivedAt && pm.status === "draft" && (isMember(viewer, pm.teamId) || isAdmin(viewer));
export const canPublish = (viewer: Viewer | null, pm: PostmortemAccess) => canManage(viewer, pm) && !pm.archivedAt && pm.status !== "published";
/**
 * Four eyes: when the team requires a second reviewer, the author may not publish their own postmortem,
 * whatever their role. Checked on top of canPublish.
 */
export const SECOND_REVIEWER_REFUSAL =
  "This team requires a second reviewer: the author of a postmortem cannot publish it. Ask another lead or an admin to publish it.";
export const blockedBySecondReviewer = (viewer: Viewer | null, pm: { createdById: number | null; requireSecondReviewer: boolean }) =>
  pm.requireSecondReviewer && viewer !== null && pm.createdById === viewer.id;
export const canSendBack = (viewer: Viewer | null, pm: PostmortemAccess) => canManage(viewer, pm) && !pm.archivedAt && pm.status === "in_review";
/** Taking a submission back to draft: its author, or whoever could send it back. */
export const canWithdraw = (viewer: Viewer | null, pm: PostmortemAccess & { createdById: number | null }) =>
  pm.kind === "team" && !pm.archivedAt && pm.status === "in_review" && viewer !== null && (pm.createdById === viewer.id || canManage(viewer, pm));
export const canUnpublish = (viewer: Viewer | null, pm: PostmortemAccess) => canManage(viewer, pm) && !pm.archivedAt && pm.status === "published";

/** Leads tag their teams' postmortems; admins tag everything, curated stories included (stored as overrides). */
export function canTag(viewer: Viewer | null, pm: PostmortemAccess): boolean {
  if (pm.kind === "curated") return isAdmin(viewer);
  return canManage(viewer, pm) && !pm.archivedAt;
}

/** Leads and admins have a review queue. */
export const canReview = (viewer: Viewer | null) => isAdmin(viewer) || Boolean(viewer?.teams.some((team) => team.role === "lead"));
/** Team ids whose review queue and audit entries the viewer sees; `"all"` for admins. */
export const reviewScope = (viewer: Viewer | null): number[] | "all" =>
  isAdmin(viewer) ? "all" : (viewer?.teams.filter((team) => team.role === "lead").map((team) => team.id) ?? []);

export const canManageTaxonomy = (viewer: Viewer | null) => isAdmin(viewer);
export const canManageTeam = (viewer: Viewer | null, teamId: number) => isLead(viewer, teamId) || isAdmin(viewer);
export const canCreateTeams = (viewer: Viewer | null) => isAdmin(viewer);
export const canAppointLeads = (viewer: Viewer | null) => isAdmin(viewer);
/**
 * Leads remove members; only admins remove another lead, though a lead may leave. (A team also always keeps a lead:
 * lib/data/teams.ts refuses to remove or demote the last one.)
 */
export const canRemoveMember = (viewer: Viewer | null, teamId: number, member: { id: number; role: string }) =>
  canManageTeam(viewer, teamId) && (member.role !== "lead" || isAdmin(viewer) || member.id === viewer?.id);
/** Deactivating and reactivating users and revoking their tokens; never oneself (see canDeactivate). */
export const canManageUsers = (viewer: Viewer | null) => isAdmin(viewer);
export const canDeactivate = (viewer: Viewer | null, userId: number) => isAdmin(viewer) && viewer?.id !== userId;

/** A team's checklist run: same audience rules as a published team postmortem. */
export type RunAccess = { teamId: number; visibility: string };
const asPostmortem = (run: RunAccess): PostmortemAccess => ({
  kind: "team",
  teamId: run.teamId,
  visibility: run.visibility,
  status: "published",
  archivedAt: null,
});
export const canReadRun = (viewer: Viewer | null, run: RunAccess) => canRead(viewer, asPostmortem(run));
export const canAnswerRun = (viewer: Viewer | null, run: RunAccess) => isMember(viewer, run.teamId) || isAdmin(viewer);
export const canChangeRunVisibility = (viewer: Viewer | null, run: RunAccess) => canManage(viewer, asPostmortem(run));
