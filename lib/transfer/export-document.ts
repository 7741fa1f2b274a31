import yaml from "js-yaml";

/** The manifest at the top of a team export's zip (what was exported, and when); an import skips it. */
export const EXPORT_MANIFEST = "index.json";

/**
 * A postmortem in the shape of content/postmortems/*.mdx frontmatter, plus the two fields only team postmortems
 * have (`incidentTime`, `kubernetesVersion`). Both export and import speak this shape, so a round trip keeps every
 * structured field.
 */
export type ExportDocument = {
  title: string;
  organization: string;
  severity: string;
  incidentDate: string;
  incidentTime?: string;
  datePrecision: string;
  dateNote?: string | null;
  durationMinutes: number | null;
  durationApproximate?: boolean;
  durationNote?: string | null;
  platform: string;
  kubernetesVersion?: string | null;
  environment?: string;
  summary: string;
  impact: string;
  trigger: string;
  rootCause: string;
  detection: string;
  resolution: string;
  tags: string[];
  components: string[];
  caveats?: string[];
  timeline: { at: string; time?: string | null; description: string; marker?: string | null }[];
  lessons: string[];
  actionItems: { type: string; description: string; owner?: string | null; status?: string; dueDate?: string | null; link?: string | null }[];
  sources: { title: string; url: string }[];
};

const dump = (value: Record<string, unknown>, flow = false) =>
  yaml.dump(value, { lineWidth: -1, flowLevel: flow ? 1 : -1, noCompatMode: true, quotingType: '"' });

const present = (value: unknown) => value !== undefined && value !== null && value !== "" && !(Array.isArray(value) && value.length === 0);

/** Drops empty optional values, the way the curated files leave them out. */
const compact = <T extends Record<string, unknown>>(value: T) =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => present(v))) as Partial<T>;

// The curated files write every timeline time in double quotes ("Mid-October 2019", "14:10 UTC"): times are
// often things YAML would read as dates, numbers or sexagesimals. JSON's string syntax is valid YAML.
function timelineYaml(timeline: ExportDocument["timeline"]) {
  if (timeline.length === 0) return "";
  const events = timeline.map((event) => {
    const rest = dump(compact({ description: event.description, marker: event.marker ?? undefined }))
      .trimEnd()
      .replace(/^/gm, "    ");
    const time = event.time ? `    time: ${JSON.stringify(event.time)}\n` : "";
    return `  - at: ${JSON.stringify(event.at)}\n${time}${rest}\n`;
  });
  return `timeline:\n${events.join("")}`;
}

/**
 * The frontmatter, key by key in the order of the curated files: tags and components as flow lists, empty
 * optional values left out, a curated action item's "unknown" status left implicit (the content default).
 */
export function frontmatterYaml(doc: ExportDocument): string {
  const parts: string[] = [
    dump(compact({ title: doc.title, organization: doc.organization, severity: doc.severity })),
    `incidentDate: ${doc.incidentDate}\n`,
    dump(
      compact({
        incidentTime: doc.incidentTime,
        datePrecision: doc.datePrecision,
        dateNote: doc.dateNote,
      }),
    ),
    dump({ durationMinutes: doc.durationMinutes }),
    dump(
      compact({
        durationApproximate: doc.durationApproximate || undefined,
        durationNote: doc.durationNote,
        platform: doc.platform,
        kubernetesVersion: doc.kubernetesVersion,
        environment: doc.environment,
        summary: doc.summary,
        impact: doc.impact,
        trigger: doc.trigger,
        rootCause: doc.rootCause,
        detection: doc.detection,
        resolution: doc.resolution,
      }),
    ),
    dump({ tags: doc.tags, components: doc.components }, true),
    dump(compact({ caveats: doc.caveats })),
    timelineYaml(doc.timeline),
    dump(compact({ lessons: doc.lessons })),
    dump({
      actionItems: doc.actionItems.map((item) =>
        compact({ ...item, status: item.status === "unknown" ? undefined : item.status, dueDate: item.dueDate, link: item.link, owner: item.owner }),
      ),
    }),
    dump(compact({ sources: doc.sources })),
  ];
  return parts.filter((part) => part !== "{}\n").join("");
}

/** A whole file: `---`, the frontmatter, `---`, then the body exactly as given (curated bodies start with a blank line). */
export function exportMarkdown(doc: ExportDocument, body: string): string {
  const text = body.startsWith("\n") || body === "" ? body : `\n${body}`;
  return `---\n${frontmatterYaml(doc)}---\n${text.endsWith("\n") || text === "" ? text : `${text}\n`}`;
}
