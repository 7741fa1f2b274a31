/** Which draft field a heading or a `**Label:**` line of a common postmortem template fills. */
export type SectionField =
  | "title"
  | "summary"
  | "impact"
  | "rootCause"
  | "trigger"
  | "resolution"
  | "detection"
  | "timeline"
  | "lessons"
  | "actionItems"
  | "sources"
  | "incidentDate"
  | "severity"
  | "durationMinutes"
  | "platform"
  | "kubernetesVersion"
  | "tags"
  | "components";

// Names seen in public templates: the Google SRE book's example, PagerDuty's, Atlassian's, Etsy's Morgue, and
// the many GitHub READMEs derived from them. Compared after normalise().
const NAMES: Record<SectionField, string[]> = {
  title: ["title"],
  summary: ["summary", "executive summary", "overview", "incident summary", "description"],
  impact: ["impact", "customer impact", "user impact", "business impact"],
  rootCause: ["root cause", "root causes", "root cause analysis", "cause", "causes", "contributing factors"],
  trigger: ["trigger", "triggers"],
  resolution: ["resolution", "resolution and recovery", "mitigation", "recovery", "fix", "remediation"],
  detection: ["detection", "how was it detected", "how it was detected"],
  timeline: ["timeline", "incident timeline", "chronology", "timeline of events"],
  lessons: ["lessons learned", "lessons", "takeaways", "what we learned", "learnings"],
  actionItems: ["action items", "follow ups", "follow up items", "corrective actions", "next steps", "action items and follow ups", "todo"],
  sources: ["sources", "references", "links", "related links"],
  incidentDate: ["date", "incident date", "date of incident"],
  severity: ["severity", "severity tier"],
  durationMinutes: ["duration", "incident duration"],
  platform: ["platform"],
  kubernetesVersion: ["kubernetes version"],
  tags: ["tags", "root cause tags"],
  components: ["components", "affected components"],
};

const BY_NAME = new Map(Object.entries(NAMES).flatMap(([field, names]) => names.map((name) => [name, field as SectionField])));

/** "Root Cause(s):" and "Follow-ups" compare as "root causes" and "follow ups". */
export const normalise = (text: string) =>
  text
    .toLowerCase()
    .replace(/\(s\)/g, "s")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();

export const sectionField = (heading: string): SectionField | null => BY_NAME.get(normalise(heading)) ?? null;
