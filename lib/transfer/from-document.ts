import yaml from "js-yaml";
import { isoDate } from "@/lib/format";
import { parsedFile, type ParsedFile } from "@/lib/transfer/import-types";

type Raw = Record<string, unknown>;

const str = (value: unknown) => (typeof value === "string" ? value : value === null || value === undefined ? "" : String(value));
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined || value === null ? [] : [value]);
/** A tag or component as a slug string or as the API's `{ slug, name }` object. */
const names = (value: unknown) =>
  list(value)
    .map((v) => (v && typeof v === "object" ? str((v as Raw).slug ?? (v as Raw).name) : str(v)))
    .filter(Boolean);
/** YAML reads `2019-10-14` as a Date; the API and typed text give a string. */
const dateText = (value: unknown) => (value instanceof Date ? isoDate(value) : str(value));

const SCALARS = [
  "title",
  "severity",
  "platform",
  "kubernetesVersion",
  "summary",
  "impact",
  "trigger",
  "rootCause",
  "detection",
  "resolution",
  "incidentTime",
];

// Fields of the curated format (and the API record) a team postmortem has no column for: kept in the narrative.
const NARRATIVE_FIELDS: Record<string, string> = {
  environment: "Environment",
  dateNote: "About the date",
  durationNote: "About the duration",
  caveats: "Not confirmed",
  unconfirmed: "Not confirmed",
};

// Keys that describe the stored copy rather than the incident: a new draft gets its own.
const IGNORED = new Set([
  "slug",
  "kind",
  "coverage",
  "team",
  "status",
  "visibility",
  "archived",
  "published",
  "version",
  "related",
  "checklistItems",
  "url",
  "body",
  "involved",
  "tierRule",
]);

const asMarkdown = (value: unknown) =>
  Array.isArray(value)
    ? value.map((v) => `- ${str(v)}`).join("\n")
    : typeof value === "object" && value !== null
      ? "```yaml\n" + yaml.dump(value) + "```"
      : str(value);

/**
 * Maps a document in the export format (Markdown frontmatter, or the JSON API record) onto a draft's fields.
 * Nothing is dropped: what a team postmortem cannot hold is appended to the narrative under its own heading, and
 * each such field is named in `notes`.
 */
export function fromDocument(doc: Raw, body: string): ParsedFile {
  const out = parsedFile();
  const f = out.fields;
  const extra: string[] = [];
  for (const key of SCALARS) if (doc[key] !== undefined && doc[key] !== null) f[key] = str(doc[key]).trim();
  if (doc.incidentDate !== undefined) f.incidentDate = dateText(doc.incidentDate);
  if (doc.durationMinutes !== undefined) f.durationMinutes = doc.durationMinutes;
  out.tags = names(doc.tags);
  out.components = names(doc.components);
  // A list of records given as something else ("timeline": "nope") is named as such, not read as one empty record.
  const records = (key: "timeline" | "actionItems" | "sources", what: string): Raw[] => {
    const items = list(doc[key]);
    if (items.every((item) => typeof item === "object" && item !== null && !Array.isArray(item))) return items as Raw[];
    out.problems.push({ field: key, message: `${key} must be a list of ${what}.` });
    return [];
  };
  f.timeline = records("timeline", "events, each with at and description").map((event) => {
    return { at: str(event.at), time: str(event.time), description: str(event.description), marker: str(event.marker) };
  });
  f.lessons = list(doc.lessons).map(str);
  f.actionItems = records("actionItems", "action items, each with a description").map((item) => {
    return {
      type: str(item.type),
      description: str(item.description),
      owner: str(item.owner),
      // The curated format leaves "unknown" implicit (its default), so a missing status means that, not "open".
      status: str(item.status) || "unknown",
      dueDate: dateText(item.dueDate),
      link: str(item.link),
    };
  });
  f.sources = records("sources", "sources, each with a title and url").map((source) => ({ title: str(source.title), url: str(source.url) }));
  if (doc.datePrecision === "month" || doc.datePrecision === "year") {
    out.notes.push(`datePrecision: the date is only known to the ${doc.datePrecision}; the draft stores ${f.incidentDate} as a day.`);
  }
  if (doc.durationApproximate === true) out.notes.push("durationApproximate: the duration is approximate; the draft stores it as exact.");
  if (doc.organization !== undefined) out.notes.push("organization: the draft belongs to your team and shows its name.");
  const known = new Set([
    ...SCALARS,
    "incidentDate",
    "durationMinutes",
    "tags",
    "components",
    "timeline",
    "lessons",
    "actionItems",
    "sources",
    "datePrecision",
    "durationApproximate",
    "organization",
  ]);
  for (const [key, value] of Object.entries(doc)) {
    if (known.has(key) || IGNORED.has(key) || value === null || value === "" || (Array.isArray(value) && value.length === 0)) continue;
    const heading = NARRATIVE_FIELDS[key] ?? key;
    extra.push(`## ${heading}\n\n${asMarkdown(value)}`);
    out.notes.push(`${key}: no such field on a team postmortem; kept in the narrative under "${heading}".`);
  }
  f.body = [body.trim(), ...extra].filter(Boolean).join("\n\n");
  return out;
}
