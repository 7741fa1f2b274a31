import "server-only";
import { median } from "d3-array";
import { getCatalogIndex } from "@/lib/data/catalog";
import { db } from "@/lib/db";
import { timedStories } from "@/lib/insights/aggregate";
import { lastMonths, monthOf } from "@/lib/insights/months";

/** How many months the per-month chart covers, ending with the current one. */
export const TEAM_MONTHS = 12;

/**
 * A team's own numbers for its members: postmortems per month of incident, severity mix, open and overdue action
 * items, and the median time to resolve. Counted in SQL (grouped by incident date within the window) and
 * from the catalogue index (time to resolve), never by loading the team's rows. The caller checks membership.
 */
export async function getTeamInsights(teamId: number, now = new Date()) {
  const months = lastMonths(now, TEAM_MONTHS);
  const where = { teamId, kind: "team", archivedAt: null };
  const [days, tiers, total, open, overdue, index] = await Promise.all([
    db.postmortem.groupBy({ by: ["incidentDate"], where: { ...where, incidentDate: { gte: new Date(`${months[0]}-01T00:00:00Z`) } }, _count: true }),
    db.postmortem.groupBy({ by: ["severity"], where, _count: true }),
    db.postmortem.count({ where }),
    db.actionItem.count({ where: { status: "open", postmortem: where } }),
    db.actionItem.count({ where: { status: "open", dueDate: { lt: now }, postmortem: where } }),
    getCatalogIndex(),
  ]);
  const perMonth = new Map(months.map((month) => [month, 0]));
  for (const day of days) {
    const month = monthOf(day.incidentDate);
    if (perMonth.has(month)) perMonth.set(month, perMonth.get(month)! + day._count);
  }
  const resolved = timedStories(index, index.ofTeams([teamId])).flatMap((story) => (story.resolve === null ? [] : [story.resolve]));
  return {
    total,
    perMonth: [...perMonth].map(([month, n]) => ({ month, n })),
    severity: new Map(tiers.map((tier) => [tier.severity, tier._count])),
    actionItems: { open, overdue },
    timeToResolve: { median: median(resolved) ?? null, n: resolved.length },
  };
}
