import "server-only";
import { db } from "@/lib/db";

export const TEAM_PAGE_SIZE = 25;

/** One page of a team's own postmortems for its team page, with the total; archived ones only when asked (leads and admins). */
export async function listTeamPostmortems(teamId: number, archived: boolean, page = 1) {
  const where = { teamId, kind: "team", archivedAt: archived ? { not: null } : null };
  const [total, items] = await Promise.all([
    db.postmortem.count({ where }),
    db.postmortem.findMany({
      where,
      orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * TEAM_PAGE_SIZE,
      take: TEAM_PAGE_SIZE,
      select: { id: true, slug: true, title: true, status: true, visibility: true, updatedAt: true, archivedAt: true, createdBy: { select: { name: true } } },
    }),
  ]);
  return { total, items, pages: Math.max(1, Math.ceil(total / TEAM_PAGE_SIZE)) };
}
