import type { PostmortemFields } from "@/lib/validation/postmortem";

/** What people call each field of a team postmortem: the template's headings, history's field names. */
export const FIELD_LABELS: Record<keyof PostmortemFields, string> = {
  title: "Title",
  summary: "Summary",
  impact: "Impact",
  rootCause: "Root cause",
  trigger: "Trigger",
  resolution: "Resolution",
  detection: "Detection",
  timeline: "Timeline",
  lessons: "Lessons learned",
  actionItems: "Action items",
  sources: "Sources",
  incidentDate: "Date",
  incidentTime: "Time (UTC)",
  severity: "Severity",
  durationMinutes: "Duration",
  platform: "Platform",
  kubernetesVersion: "Kubernetes version",
  tags: "Tags",
  components: "Components",
  body: "Narrative",
  visibility: "Visibility",
};
