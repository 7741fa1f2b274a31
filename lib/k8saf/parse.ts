// Parses the k8s.af list (hjacobs/kubernetes-failure-stories README.md): one top-level bullet per story,
// `* [Title - Organisation - kind year](link)`, with optional `involved:` and `impact:` sub-bullets.

export type ListEntry = {
  /** 1-based line of the entry's bullet in the list file. */
  line: number;
  title: string;
  organization: string;
  /** What the list calls it: "blog post", "KubeCon Barcelona 2019"… without the date; "" when not given. */
  format: string;
  /** "2019", or "2019-06" when the title names the month. */
  published: string;
  url: string;
  involved: string[];
  impact: string;
};

export type UnparsedLine = { line: number; text: string; reason: string };
export type ParsedList = { entries: ListEntry[]; unparsed: UnparsedLine[] };

export class ListFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ListFormatError";
  }
}

const ENTRY = /^\* \[(.+)\]\((\S+)\)\s*$/;
const DETAIL = /^ {2,4}\* (involved|impact):\s*(.*)$/;
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
// "blog post 2020", "Medium post January 2019", "meetup slides 2019-06", "Meetup Sep 2018"
const DATED = /^(.*?)\s*(?:\b([A-Za-z]{3,9})\s+)?\b((?:19|20)\d\d)(?:-(0[1-9]|1[0-2]))?$/;

const unescape = (text: string) => text.replace(/\\([\\`*_{}[\]()#+\-.!])/g, "$1");

function publishedOf(month: string | undefined, year: string, numeric: string | undefined): { published: string; monthWord: boolean } {
  if (numeric) return { published: `${year}-${numeric}`, monthWord: false };
  const index = month ? MONTHS.indexOf(month.slice(0, 3).toLowerCase()) : -1;
  const named = index >= 0 && MONTHS[index] !== undefined && (month!.length === 3 || month!.toLowerCase().startsWith(MONTHS[index]!));
  return named ? { published: `${year}-${String(index + 1).padStart(2, "0")}`, monthWord: true } : { published: year, monthWord: false };
}

/** Splits "Title - Organisation - kind year" (the last part holds the date); null when no year is found. */
function splitLabel(label: string): Omit<ListEntry, "line" | "url" | "involved" | "impact"> | null {
  const parts = unescape(label)
    .split(" - ")
    .map((p) => p.trim());
  const last = parts.pop()!;
  const dated = DATED.exec(last);
  if (!dated || parts.length === 0) return null;
  const [, rest = "", month, year = "", numeric] = dated;
  const { published, monthWord } = publishedOf(month, year, numeric);
  const format = (monthWord || !month ? rest : `${rest} ${month}`).trim();
  // "Title - Organisation 2019": the organisation shares the last part with the year.
  if (parts.length === 1) return format ? { title: parts[0]!, organization: format, format: "", published } : null;
  const organization = parts.pop()!;
  return { title: parts.join(" - "), organization, format, published };
}

const terms = (text: string) =>
  text
    .split(",")
    .map((t) =>
      t
        .trim()
        .replace(/^`(.*)`$/, "$1")
        .replace(/^"(.*)"$/, "$1")
        .replace(/`/g, "")
        .trim(),
    )
    .filter(Boolean);

/**
 * Reads the list section (from the first entry to the next heading). Lines there that are not an entry or one of
 * its `involved:`/`impact:` lines are reported with their line numbers; an entry without a link is one of them.
 * Throws ListFormatError when the text holds no entry at all: it is not this format.
 */
export function parseK8sAfList(text: string): ParsedList {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  const entries: ListEntry[] = [];
  const unparsed: UnparsedLine[] = [];
  let current: ListEntry | null = null;
  let started = false;
  for (const [i, raw] of lines.entries()) {
    const line = i + 1;
    if (!started && !raw.startsWith("* ")) continue;
    if (/^#{1,6}\s/.test(raw)) break;
    started = true;
    if (!raw.trim()) continue;
    const entry = ENTRY.exec(raw);
    if (entry) {
      const label = splitLabel(entry[1]!);
      const url = entry[2]!;
      if (!label || !/^https?:\/\//.test(url)) {
        unparsed.push({
          line,
          text: raw,
          reason: label ? "the link is not an http(s) URL" : "the title does not end with an organisation and a year",
        });
        current = null;
        continue;
      }
      current = { line, ...label, url, involved: [], impact: "" };
      entries.push(current);
      continue;
    }
    const detail = DETAIL.exec(raw);
    if (detail && current) {
      const [, key, value = ""] = detail;
      if (key === "involved" && current.involved.length === 0) current.involved = terms(value);
      else if (key === "impact" && !current.impact) current.impact = value.trim();
      else unparsed.push({ line, text: raw, reason: `a second "${key}:" line for this entry` });
      continue;
    }
    // An unreadable entry owns the sub-items under it: they must not attach to the entry before it.
    if (raw.startsWith("* ")) current = null;
    unparsed.push({
      line,
      text: raw,
      reason: raw.startsWith("* ")
        ? "an entry without a [title](link)"
        : detail
          ? "an involved/impact line outside an entry"
          : /^\s+\*/.test(raw)
            ? "a nested item other than involved: or impact:"
            : "not a list entry",
    });
  }
  if (entries.length === 0) {
    throw new ListFormatError(
      "not a k8s.af list: no line like `* [Title - Organisation - kind year](https://…)` was found" +
        (unparsed.length ? ` (first unreadable list line: ${unparsed[0]!.line})` : ""),
    );
  }
  return { entries, unparsed };
}
