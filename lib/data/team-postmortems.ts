import "server-only";
import { db } from "@/lib/db";

/** A team's own postmortems for its team page; archived ones only when asked (leads and admins). */
export const listTeamPostmortems = (teamId: number, archived: boolean) =>
  db.postmortem.findMany({
    where: { teamId, kind: "team", archivedAt: archived ? { not: null } : null },
    orderBy: { updatedAt: "desc" },
    select: { id: true, slug: true, title: true, status: true, visibility: true, updatedAt: true, archivedAt: true, createdBy: { select: { name: true } } },
  });
