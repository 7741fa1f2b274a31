import { normalise } from "@/lib/transfer/template-sections";
import { ACTION_STATUSES, ACTION_TYPES, PLATFORM_LABELS, PLATFORMS, SEVERITIES, TIMELINE_MARKERS } from "@/lib/validation/vocabulary";

// Reading single values of a postmortem template: times and markers of timeline events, action items, durations,
// severity tiers and platforms, each written the ways public templates write them.

const TIME = String.raw`(?:\d{4}-\d{2}-\d{2}[ T])?\d{1,2}:\d{2}(?::\d{2})?(?:\s?(?:UTC|Z|GMT|[AaPp]\.?[Mm]\.?|[A-Z]{2,4})\b)?`;
export const TIMED_ENTRY = new RegExp(String.raw`^\**(${TIME})\**\s*(?:[-–—:|]\s*)?(\S[\s\S]*)$`);
export const DAY_LINE = /^\**(\d{4}-\d{2}-\d{2})\**(?:\s*\(.*\))?\s*:?$/;
const SHOUTED_MARKERS: [RegExp, string][] = [
  [/\b(OUTAGE|INCIDENT) (BEGINS|STARTS)\b/, "trigger"],
  [/\b(OUTAGE|INCIDENT) (MITIGATED)\b/, "mitigation"],
  [/\b(OUTAGE|INCIDENT) (ENDS|RESOLVED)\b/, "resolution"],
];

/** A marker named in brackets (`[detection]`) or the SRE book's capitals (`OUTAGE BEGINS`). */
export function markerOf(description: string): { marker: string; description: string } {
  const bracket = /\s*\[(\w+)\]\s*$|^\s*\[(\w+)\]\s*/.exec(description);
  const named = (bracket?.[1] ?? bracket?.[2] ?? "").toLowerCase();
  if (bracket && (TIMELINE_MARKERS as readonly string[]).includes(named))
    return { marker: named, description: description.replace(bracket[0], " ").trim() };
  for (const [pattern, marker] of SHOUTED_MARKERS) if (pattern.test(description)) return { marker, description };
  return { marker: "", description };
}

export const STATUS_WORDS: [RegExp, string][] = [
  [/\b(done|completed?|fixed|closed|resolved)\b/i, "done"],
  [/\b(won'?t (do|fix)|wontfix|dropped|cancel+ed)\b/i, "wont-do"],
  [/\b(todo|to do|open|in progress|pending|planned|started)\b/i, "open"],
];
export const STATUS_PATTERN = new RegExp(STATUS_WORDS.map(([pattern]) => pattern.source).join("|"), "gi");
export const statusOf = (text: string) => STATUS_WORDS.find(([pattern]) => pattern.test(text))?.[1] ?? "";

export const TYPE_WORDS: Record<string, string> = {
  prevention: "prevent",
  preventive: "prevent",
  detection: "detect",
  mitigation: "mitigate",
  repair: "mitigate",
  fix: "mitigate",
  investigate: "process",
  other: "process",
};

/** Parses minutes out of "66 minutes", "1 h 21 min", "2 hours", "90m". */
export function minutesOf(text: string): number | null {
  const hours = /(\d+(?:\.\d+)?)\s*(?:h\b|hours?|hrs?)/i.exec(text);
  const minutes = /(\d+)\s*(?:m\b|min\b|mins\b|minutes?)/i.exec(text);
  if (!hours && !minutes) return /^\d+$/.test(text.trim()) ? Number(text.trim()) : null;
  return Math.round(Number(hours?.[1] ?? 0) * 60 + Number(minutes?.[1] ?? 0));
}

export function severityOf(text: string): string {
  const n = normalise(text);
  if ((SEVERITIES as readonly string[]).includes(n.replace(/ /g, "-"))) return n.replace(/ /g, "-");
  if (/\bnon prod|staging|not prod/.test(n)) return "non-production";
  if (/\bprod(uction)?\b/.test(n)) return "production";
  if (/\btrivial\b/.test(n)) return "trivial";
  return "";
}

export function platformOf(text: string): string {
  const n = normalise(text);
  return PLATFORMS.find((p) => normalise(p) === n || normalise(PLATFORM_LABELS[p]) === n || n.split(" ").includes(p)) ?? "";
}

/** One action item from its cells (a table row, or a list item taken apart); what had to be guessed goes to `notes`. */
export function actionFrom(cells: Record<string, string>, notes: string[]): Record<string, string> {
  const link = /https?:\/\/\S+/.exec(cells.link ?? "")?.[0]?.replace(/[)>\]]+$/, "") ?? "";
  const typeWord = normalise(cells.type ?? "");
  const type = (ACTION_TYPES as readonly string[]).includes(typeWord) ? typeWord : (TYPE_WORDS[typeWord] ?? "");
  if (type !== typeWord) {
    const what = typeWord ? `type "${typeWord}", not one of ${ACTION_TYPES.join(", ")}` : "no type";
    notes.push(`actionItems: "${(cells.description ?? "").slice(0, 60)}" has ${what}; filed as "${type || "prevent"}".`);
  }
  const statusText = cells.status ?? `${cells.link ?? ""}`;
  const status = (ACTION_STATUSES as readonly string[]).includes(normalise(statusText).replace(/ /g, "-"))
    ? normalise(statusText).replace(/ /g, "-")
    : statusOf(statusText);
  // A ticket named without a URL ("Bug 5554823") stays with the description rather than being dropped.
  const ticket = (cells.link ?? "")
    .replace(/https?:\/\/\S+/, "")
    .replace(STATUS_PATTERN, "")
    .replace(/\bn\/?a\b/i, "")
    .trim();
  const description = [cells.description ?? "", ticket ? `(${ticket})` : ""].filter(Boolean).join(" ");
  const due = /\d{4}-\d{2}-\d{2}/.exec(cells.due ?? "")?.[0] ?? "";
  return { type: type || "prevent", description, owner: cells.owner ?? "", status: status || "open", dueDate: due, link };
}

/** Which action-item field a table column holds, by its header. */
export const COLUMN: [RegExp, string][] = [
  [/^(action( item)?s?|description|item|task|what)$/, "description"],
  [/^(type|kind|category)$/, "type"],
  [/^(owner|assignee|who)$/, "owner"],
  [/^(status|state)$/, "status"],
  [/^(due( date)?|deadline|when)$/, "due"],
  [/^(bug|link|ticket|issue|tracking( bug)?|jira)$/, "link"],
];
