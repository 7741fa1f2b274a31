import type { PostmortemDetail } from "@/lib/data/postmortems";
import { isoDate } from "@/lib/format";
import type { ExportDocument } from "@/lib/transfer/export-document";

/** What export needs of a stored postmortem (a subset of the detail page's record). */
export type ExportSource = Pick<
  PostmortemDetail,
  | "title"
  | "organization"
  | "severity"
  | "incidentDate"
  | "datePrecision"
  | "dateNote"
  | "durationMinutes"
  | "durationApproximate"
  | "durationNote"
  | "platform"
  | "kubernetesVersion"
  | "environment"
  | "summary"
  | "impact"
  | "trigger"
  | "rootCause"
  | "detection"
  | "resolution"
  | "caveats"
  | "lessons"
  | "timeline"
  | "actionItems"
  | "sources"
> & { tags: { slug: string }[]; components: { slug: string }[] };

/**
 * The stored record as a content-format document. A team postmortem filed with a time ("minute" precision) keeps
 * it in `incidentTime`, since the curated format only knows day, month and year.
 */
export function documentFromRecord(pm: ExportSource): ExportDocument {
  const minute = pm.datePrecision === "minute";
  return {
    title: pm.title,
    organization: pm.organization,
    severity: pm.severity,
    incidentDate: isoDate(pm.incidentDate),
    incidentTime: minute ? pm.incidentDate.toISOString().slice(11, 16) : undefined,
    datePrecision: minute ? "day" : pm.datePrecision,
    dateNote: pm.dateNote,
    durationMinutes: pm.durationMinutes,
    durationApproximate: pm.durationApproximate,
    durationNote: pm.durationNote,
    platform: pm.platform,
    kubernetesVersion: pm.kubernetesVersion,
    environment: pm.environment,
    summary: pm.summary,
    impact: pm.impact,
    trigger: pm.trigger,
    rootCause: pm.rootCause,
    detection: pm.detection,
    resolution: pm.resolution,
    tags: pm.tags.map((t) => t.slug).sort(),
    components: pm.components.map((c) => c.slug).sort(),
    caveats: pm.caveats,
    timeline: pm.timeline.map((e) => ({ at: e.at, description: e.description, marker: e.marker })),
    lessons: pm.lessons,
    actionItems: pm.actionItems.map((a) => ({ ...a, dueDate: a.dueDate ? isoDate(a.dueDate) : null })),
    sources: pm.sources,
  };
}
