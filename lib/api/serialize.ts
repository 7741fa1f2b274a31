import "server-only";
import type { PostmortemCard } from "@/lib/data/cards";
import type { PostmortemDetail } from "@/lib/data/postmortems";
import { isoDate } from "@/lib/format";
import { snippetToHtml } from "@/lib/search/snippet";

/** The list shape of GET /api/v1/postmortems. `snippet` is escaped HTML whose only tags are <mark>. */
export function postmortemListItem(card: PostmortemCard) {
  return {
    slug: card.slug,
    title: card.title,
    organization: card.organization,
    severity: card.severity,
    incidentDate: isoDate(card.incidentDate),
    datePrecision: card.datePrecision,
    durationMinutes: card.durationMinutes,
    platform: card.platform,
    tags: card.tags.map((t) => t.slug),
    components: card.components.map((c) => c.slug),
    summary: card.summary,
    kind: card.kind,
    coverage: card.coverage,
    ...(card.coverage === "listed" ? { impact: card.impact } : {}),
    team: card.team?.name ?? null,
    status: card.status,
    visibility: card.visibility,
    ...(card.snippet ? { snippet: snippetToHtml(card.snippet) } : {}),
  };
}

/** The full record of GET /api/v1/postmortems/{slug}. */
export function postmortemRecord(
  pm: PostmortemDetail,
  related: PostmortemCard[],
  checklistItems: { key: string; control: string; checklist: { slug: string } }[],
) {
  return {
    slug: pm.slug,
    kind: pm.kind,
    coverage: pm.coverage,
    team: pm.team ? { slug: pm.team.slug, name: pm.team.name } : null,
    status: pm.status,
    visibility: pm.visibility,
    archived: Boolean(pm.archivedAt),
    published: pm.publishedAt ? { at: pm.publishedAt.toISOString(), by: pm.publishedBy?.name ?? null } : null,
    version: pm.version,
    kubernetesVersion: pm.kubernetesVersion,
    title: pm.title,
    organization: pm.organization,
    severity: pm.severity,
    incidentDate: isoDate(pm.incidentDate),
    datePrecision: pm.datePrecision,
    dateNote: pm.dateNote,
    durationMinutes: pm.durationMinutes,
    durationApproximate: pm.durationApproximate,
    durationNote: pm.durationNote,
    platform: pm.platform,
    environment: pm.environment,
    summary: pm.summary,
    impact: pm.impact,
    trigger: pm.trigger,
    rootCause: pm.rootCause,
    detection: pm.detection,
    resolution: pm.resolution,
    unconfirmed: pm.caveats,
    tags: pm.tags.map((t) => ({ slug: t.slug, name: t.name, category: t.category.slug })),
    components: pm.components.map((c) => ({ slug: c.slug, name: c.name })),
    lessons: pm.lessons,
    timeline: pm.timeline.map((e) => ({ at: e.at, time: e.time, description: e.description, marker: e.marker })),
    actionItems: pm.actionItems.map((a) => ({ ...a, dueDate: a.dueDate ? isoDate(a.dueDate) : null })),
    sources: pm.sources,
    // Listed entries: the list's own words, and which rule gave (or withheld) the tier.
    ...(pm.coverage === "listed" ? { involved: pm.involved, tierRule: pm.tierRule } : {}),
    related: related.map((r) => ({ slug: r.slug, title: r.title, severity: r.severity })),
    checklistItems: checklistItems.map((i) => ({ checklist: i.checklist.slug, key: i.key, control: i.control })),
    url: `/postmortems/${pm.slug}`,
  };
}
