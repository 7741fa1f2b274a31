import type { Viewer } from "@/lib/auth/viewer-types";

/** What permission checks need to know about a postmortem. */
export type PostmortemAccess = {
  kind: string;
  teamId: number | null;
  visibility: string;
  archivedAt: Date | null;
};

export const roleIn = (viewer: Viewer | null, teamId: number | null) =>
  teamId === null ? undefined : viewer?.teams.find((team) => team.id === teamId)?.role;

export const isMember = (viewer: Viewer | null, teamId: number | null) => roleIn(viewer, teamId) !== undefined;
export const isLead = (viewer: Viewer | null, teamId: number | null) => roleIn(viewer, teamId) === "lead";
const isAdmin = (viewer: Viewer | null) => viewer?.isAdmin === true;

export function canRead(viewer: Viewer | null, pm: PostmortemAccess): boolean {
  if (pm.kind === "curated") return true;
  if (pm.archivedAt) return isLead(viewer, pm.teamId) || isAdmin(viewer);
  if (pm.visibility === "public") return true;
  return isMember(viewer, pm.teamId) || isAdmin(viewer);
}

export const canCreateIn = (viewer: Viewer | null, teamId: number) => isMember(viewer, teamId) || isAdmin(viewer);

export function canEdit(viewer: Viewer | null, pm: PostmortemAccess): boolean {
  if (pm.kind !== "team" || pm.archivedAt) return false;
  return isMember(viewer, pm.teamId) || isAdmin(viewer);
}

/** Archiving, restoring and making a postmortem public are lead decisions. */
export function canManage(viewer: Viewer | null, pm: Pick<PostmortemAccess, "kind" | "teamId">): boolean {
  return pm.kind === "team" && (isLead(viewer, pm.teamId) || isAdmin(viewer));
}

export const canChangeVisibility = canManage;
export const canArchive = (viewer: Viewer | null, pm: PostmortemAccess) => canManage(viewer, pm) && !pm.archivedAt;
export const canRestore = (viewer: Viewer | null, pm: PostmortemAccess) => canManage(viewer, pm) && Boolean(pm.archivedAt);

export const canManageTeam = (viewer: Viewer | null, teamId: number) => isLead(viewer, teamId) || isAdmin(viewer);
export const canCreateTeams = (viewer: Viewer | null) => isAdmin(viewer);
export const canAppointLeads = (viewer: Viewer | null) => isAdmin(viewer);
