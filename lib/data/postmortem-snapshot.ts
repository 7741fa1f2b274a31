import "server-only";
import type { Tx } from "@/lib/data/postmortem-children";
import type { PostmortemChildren } from "@/lib/data/postmortem-children";
import { isoDate } from "@/lib/format";
import { markdownToText } from "@/lib/markdown/render";
import { postmortemFields, type PostmortemFields } from "@/lib/validation/postmortem";

const sorted = (values: string[]) => [...values].sort();

/** The editable fields of a stored postmortem, in the shape the form and API use. */
export async function readSnapshot(tx: Pick<Tx, "postmortem">, id: number): Promise<PostmortemFields> {
  const row = await tx.postmortem.findUniqueOrThrow({
    where: { id },
    select: {
      title: true,
      incidentDate: true,
      datePrecision: true,
      durationMinutes: true,
      severity: true,
      platform: true,
      kubernetesVersion: true,
      summary: true,
      impact: true,
      trigger: true,
      rootCause: true,
      detection: true,
      resolution: true,
      body: true,
      visibility: true,
      tags: { select: { tag: { select: { slug: true } } } },
      components: { select: { component: { select: { slug: true } } } },
      lessons: { orderBy: { position: "asc" }, select: { text: true } },
      timeline: { orderBy: { position: "asc" }, select: { at: true, time: true, description: true, marker: true } },
      actionItems: { orderBy: { position: "asc" }, select: { type: true, description: true, owner: true, ownerId: true, status: true, dueDate: true, link: true } },
      sources: { orderBy: { position: "asc" }, select: { title: true, url: true } },
    },
  });
  return {
    title: row.title,
    incidentDate: isoDate(row.incidentDate),
    incidentTime: row.datePrecision === "minute" ? row.incidentDate.toISOString().slice(11, 16) : "",
    durationMinutes: row.durationMinutes,
    severity: row.severity as PostmortemFields["severity"],
    platform: row.platform as PostmortemFields["platform"],
    kubernetesVersion: row.kubernetesVersion ?? "",
    components: sorted(row.components.map((c) => c.component.slug)),
    tags: sorted(row.tags.map((t) => t.tag.slug)),
    summary: row.summary,
    impact: row.impact,
    trigger: row.trigger,
    rootCause: row.rootCause,
    detection: row.detection,
    resolution: row.resolution,
    timeline: row.timeline.map((e) => ({ ...e, time: e.time ?? "", marker: (e.marker ?? "") as PostmortemFields["timeline"][number]["marker"] })),
    lessons: row.lessons.map((l) => l.text),
    actionItems: row.actionItems.map((a) => ({
      type: a.type as PostmortemFields["actionItems"][number]["type"],
      description: a.description,
      owner: a.owner ?? "",
      ownerId: a.ownerId,
      status: a.status as PostmortemFields["actionItems"][number]["status"],
      dueDate: a.dueDate ? isoDate(a.dueDate) : "",
      link: a.link ?? "",
    })),
    sources: row.sources,
    body: row.body,
    visibility: row.visibility as PostmortemFields["visibility"],
  };
}

/** Normalises input so equal content compares equal (tags and components are sets). */
export const normalise = (fields: PostmortemFields): PostmortemFields => ({ ...fields, tags: sorted(fields.tags), components: sorted(fields.components) });

/** Parses a stored revision snapshot, tolerating fields added to the schema since it was written. */
export const parseSnapshot = (json: string): PostmortemFields => normalise(postmortemFields.parse(JSON.parse(json)));

export const changedFields = (before: PostmortemFields, after: PostmortemFields) =>
  (Object.keys(after) as (keyof PostmortemFields)[]).filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]));

/** Column values for the Postmortem row. */
export function scalarColumns(fields: PostmortemFields) {
  return {
    title: fields.title,
    incidentDate: new Date(`${fields.incidentDate}T${fields.incidentTime || "00:00"}:00Z`),
    datePrecision: fields.incidentTime ? "minute" : "day",
    durationMinutes: fields.durationMinutes,
    severity: fields.severity,
    platform: fields.platform,
    kubernetesVersion: fields.kubernetesVersion || null,
    summary: fields.summary,
    impact: fields.impact,
    trigger: fields.trigger,
    rootCause: fields.rootCause,
    detection: fields.detection,
    resolution: fields.resolution,
    body: fields.body,
    bodyText: markdownToText(fields.body),
    visibility: fields.visibility,
  };
}

export function childRows(fields: PostmortemFields): PostmortemChildren {
  return {
    tags: fields.tags,
    components: fields.components,
    lessons: fields.lessons,
    timeline: fields.timeline.map((e) => ({ at: e.at, time: e.time || null, description: e.description, marker: e.marker || null })),
    actionItems: fields.actionItems.map((a) => ({
      type: a.type,
      description: a.description,
      owner: a.owner || null,
      ownerId: a.ownerId,
      status: a.status,
      dueDate: a.dueDate ? new Date(`${a.dueDate}T00:00:00Z`) : null,
      link: a.link || null,
    })),
    sources: fields.sources,
  };
}
