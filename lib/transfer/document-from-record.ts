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
  const { incidentDate, datePrecision, tags, components, timeline, actionItems, ...text } = pm;
  const minute = datePrecision === "minute";
  return {
    ...text,
    incidentDate: isoDate(incidentDate),
    incidentTime: minute ? incidentDate.toISOString().slice(11, 16) : undefined,
    datePrecision: minute ? "day" : datePrecision,
    tags: tags.map((t) => t.slug).sort(),
    components: components.map((c) => c.slug).sort(),
    timeline: timeline.map((e) => ({ at: e.at, time: e.time, description: e.description, marker: e.marker })),
    actionItems: actionItems.map((a) => ({ ...a, dueDate: a.dueDate ? isoDate(a.dueDate) : null })),
  };
}
