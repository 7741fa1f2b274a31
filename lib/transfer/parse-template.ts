import type { ListItem, Node, Paragraph, Root, RootContent, Table } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { parsedFile, type ParsedFile } from "@/lib/transfer/import-types";
import { FIELD_LABELS } from "@/lib/postmortem-field-labels";
import { normalise, sectionField, type SectionField } from "@/lib/transfer/template-sections";
import { actionFrom, COLUMN, DAY_LINE, markerOf, minutesOf, platformOf, severityOf, TIMED_ENTRY } from "@/lib/transfer/template-values";
import { PLATFORMS, TIMELINE_MARKERS } from "@/lib/validation/vocabulary";

type Section = { field: SectionField | null; depth: number; title: string; head: string; nodes: RootContent[] };

const parser = unified().use(remarkParse).use(remarkGfm);

/** The plain text of a node (what a reader sees, markup removed). */
function plain(node: Node): string {
  if ("value" in node && typeof node.value === "string") return node.value;
  if ("children" in node && Array.isArray(node.children)) return (node.children as Node[]).map(plain).join("");
  return "";
}

const LIMITS: Partial<Record<SectionField, number>> = {
  summary: 400,
  impact: 5000,
  rootCause: 5000,
  trigger: 5000,
  resolution: 5000,
  detection: 5000,
};

/**
 * Reads a postmortem written from a common template (no frontmatter): a `#` title, then sections under headings
 * such as Summary, Impact, Root Cause(s), Trigger, Resolution, Detection, Timeline, Lessons Learned and Action Items,
 * or the Google SRE book's `**Summary:** …` lines. It works on the Markdown syntax tree (remark), and keeps the
 * original Markdown of every value. Sections it does not know, and parts of known ones it cannot map, stay in the
 * narrative; `notes` names them.
 */
export function parseTemplate(src: string): ParsedFile {
  const out = parsedFile();
  const f = out.fields;
  const narrative: string[] = [];
  const tree = parser.parse(src) as Root;
  const slice = (nodes: Node[]) => (nodes.length ? src.slice(nodes[0]!.position!.start.offset, nodes[nodes.length - 1]!.position!.end.offset) : "");
  const keep = (heading: string, body: string, note: string) => {
    if (!body.trim()) return;
    narrative.push(`## ${heading}\n\n${body.trim()}`);
    out.notes.push(note);
  };

  const itemText = (item: ListItem) => slice(item.children).trim();

  function applyText(field: SectionField, value: string, title: string) {
    const limit = LIMITS[field] ?? 5000;
    if (value.length > limit) {
      keep(title, value, `${field}: longer than ${limit.toLocaleString("en")} characters; kept in the narrative under "${title}".`);
      return;
    }
    f[field] = [f[field], value].filter(Boolean).join("\n\n");
  }

  function applyTimeline(nodes: RootContent[], title: string) {
    const events: { at: string; description: string; marker: string }[] = [];
    const unparsed: string[] = [];
    let day = "";
    const entry = (line: string) => {
      const text = line.replace(/^\s*[-*+]\s+/, "").trim();
      if (!text) return;
      const dayOnly = DAY_LINE.exec(text);
      if (dayOnly) {
        day = dayOnly[1]!;
        return;
      }
      const timed = TIMED_ENTRY.exec(text);
      if (!timed) return unparsed.push(line);
      const at = /^\d{4}-/.test(timed[1]!) || !day ? timed[1]! : `${day} ${timed[1]}`;
      events.push({ at, ...markerOf(timed[2]!.trim()) });
    };
    for (const node of nodes) {
      if (node.type === "list") for (const item of node.children) entry(itemText(item));
      else if (node.type === "table") {
        for (const row of (node as Table).children.slice(1)) {
          const [when = "", what = "", marker = ""] = row.children.map((cell) => slice(cell.children).trim());
          const named = marker.toLowerCase();
          if (when && what)
            events.push({
              at: day && !/^\d{4}-/.test(when) ? `${day} ${when}` : when,
              ...((TIMELINE_MARKERS as readonly string[]).includes(named) ? { marker: named, description: what } : markerOf(what)),
            });
          else unparsed.push(slice(row.children));
        }
      } else if (node.type === "paragraph" || node.type === "heading") {
        // The SRE book writes one event per line of a paragraph, after a line naming the day.
        for (const line of slice([node])
          .replace(/^#+\s*/, "")
          .split("\n"))
          entry(line);
      } else unparsed.push(slice([node]));
    }
    f.timeline = [...((f.timeline as typeof events | undefined) ?? []), ...events];
    if (unparsed.length)
      keep(title, unparsed.join("\n\n"), `timeline: ${unparsed.length} part(s) without a recognisable time; kept in the narrative under "${title}".`);
  }

  function applyLessons(nodes: RootContent[], title: string) {
    // Lessons sit in lists, often under sub-headings such as "What went well" and "Where we got lucky".
    const lessons = nodes.flatMap((node) => (node.type === "list" ? node.children.map(itemText) : []));
    f.lessons = [...((f.lessons as string[] | undefined) ?? []), ...lessons.filter(Boolean)];
    const rest = nodes.filter((node) => node.type !== "list");
    if (rest.some((node) => node.type !== "heading"))
      keep(title, slice(rest), `lessons: text outside a list is kept in the narrative under "${title}".`);
  }

  function applyActions(nodes: RootContent[], title: string) {
    const items: Record<string, string>[] = [];
    const rest: RootContent[] = [];
    for (const node of nodes) {
      if (node.type === "table") {
        const [head, ...rows] = node.children;
        const columns = (head?.children ?? []).map((cell) => COLUMN.find(([pattern]) => pattern.test(normalise(plain(cell))))?.[1] ?? "");
        if (!columns.includes("description")) columns[0] = "description";
        for (const row of rows) {
          const cells: Record<string, string> = {};
          row.children.forEach((cell, i) => {
            // The description keeps its Markdown; the other columns are read as plain words.
            if (columns[i]) cells[columns[i]!] = (columns[i] === "description" ? slice(cell.children) : plain(cell)).trim();
          });
          if (cells.description) items.push(actionFrom(cells, out.notes));
        }
      } else if (node.type === "list") {
        for (const item of node.children) {
          let text = itemText(item);
          const typed = /^\[?(prevent|detect|mitigate|process)\]?\s*[:\-–—]\s*/i.exec(text);
          if (typed) text = text.slice(typed[0].length);
          const owner = /\s*\((?:owner:\s*)?@?([\w.\- ]{1,60})\)\s*$/i.exec(text);
          if (owner) text = text.slice(0, owner.index);
          items.push(
            actionFrom(
              {
                description: text,
                type: typed?.[1] ?? "",
                owner: owner?.[1]?.trim() ?? "",
                status: item.checked === true ? "done" : item.checked === false ? "open" : "",
              },
              out.notes,
            ),
          );
        }
      } else rest.push(node);
    }
    f.actionItems = [...((f.actionItems as unknown[] | undefined) ?? []), ...items];
    if (rest.some((node) => node.type !== "heading"))
      keep(title, slice(rest), `actionItems: text outside a list or table is kept in the narrative under "${title}".`);
  }

  function applySources(nodes: RootContent[], title: string) {
    const links: { title: string; url: string }[] = [];
    const visit = (node: Node) => {
      if (node.type === "link")
        links.push({ title: plain(node).trim() || (node as unknown as { url: string }).url, url: (node as unknown as { url: string }).url });
      else if ("children" in node) (node.children as Node[]).forEach(visit);
    };
    nodes.forEach(visit);
    f.sources = [...((f.sources as unknown[] | undefined) ?? []), ...links];
    if (!links.length) keep(title, slice(nodes), `sources: no links found; kept in the narrative under "${title}".`);
  }

  function applyValue(field: SectionField, value: string, title: string) {
    const text = value.trim();
    switch (field) {
      case "title":
        f.title = text;
        return;
      case "incidentDate": {
        const iso = /(\d{4}-\d{2}-\d{2})(?:[ T](\d{2}:\d{2}))?/.exec(text);
        const parsed = iso ? null : Date.parse(`${text} UTC`);
        if (iso) {
          f.incidentDate = iso[1];
          if (iso[2]) f.incidentTime = iso[2];
        } else if (parsed !== null && !Number.isNaN(parsed)) f.incidentDate = new Date(parsed).toISOString().slice(0, 10);
        else keep(title, text, `incidentDate: "${text.slice(0, 40)}" is not a date; kept in the narrative.`);
        return;
      }
      case "severity": {
        const severity = severityOf(text);
        if (severity) f.severity = severity;
        else
          keep(title, text, `severity: "${text.slice(0, 40)}" is not a severity tier (trivial, non-production, production); kept in the narrative.`);
        return;
      }
      case "durationMinutes": {
        const minutes = minutesOf(text);
        if (minutes) f.durationMinutes = minutes;
        else keep(title, text, `durationMinutes: "${text.slice(0, 40)}" is not a duration; kept in the narrative.`);
        return;
      }
      case "platform": {
        const platform = platformOf(text);
        if (platform) f.platform = platform;
        else keep(title, text, `platform: "${text.slice(0, 40)}" is not one of ${PLATFORMS.join(", ")}; kept in the narrative.`);
        return;
      }
      case "kubernetesVersion":
        f.kubernetesVersion = text.replace(/^kubernetes\s+/i, "");
        return;
      case "tags":
      case "components":
        out[field].push(
          ...plain(parser.parse(text))
            .split(/[,;]/)
            .map((s) => s.trim())
            .filter(Boolean),
        );
        return;
      default:
        applyText(field, text, title);
    }
  }

  function close(section: Section | null) {
    if (!section) return;
    const { field, title, nodes } = section;
    if (field === null) {
      narrative.push([section.head, slice(nodes)].filter(Boolean).join("\n\n"));
      out.notes.push(`"${title}": no matching field; kept in the narrative.`);
      return;
    }
    if (field === "timeline") return applyTimeline(nodes, title);
    if (field === "lessons") return applyLessons(nodes, title);
    if (field === "actionItems") return applyActions(nodes, title);
    if (field === "sources") return applySources(nodes, title);
    applyValue(field, [section.head, slice(nodes)].filter(Boolean).join("\n\n"), title);
  }

  /** `**Summary:** text` (one or more per paragraph): the labelled values, or null when the paragraph is not one. */
  function labels(paragraph: Paragraph): { label: string; value: string }[] | null {
    const kids = paragraph.children;
    const starts = kids.flatMap((kid, i) => {
      if (kid.type !== "strong") return [];
      const label = plain(kid).trim();
      const next = kids[i + 1];
      const colon = label.endsWith(":") || (next?.type === "text" && next.value.startsWith(":"));
      return colon && label.length <= 40 ? [i] : [];
    });
    if (starts[0] !== 0) return null;
    return starts.map((start, n) => {
      const end = starts[n + 1];
      const from = kids[start]!.position!.end.offset!;
      const to = end === undefined ? paragraph.position!.end.offset! : kids[end]!.position!.start.offset!;
      return { label: plain(kids[start]!).trim().replace(/:$/, ""), value: src.slice(from, to).replace(/^\s*:/, "").trim() };
    });
  }

  let current: Section | null = null;
  for (const node of tree.children) {
    if (node.type === "heading") {
      const text = plain(node).trim();
      if (node.depth === 1 && !f.title && !current) {
        f.title = text;
        continue;
      }
      if (current && node.depth > current.depth) {
        current.nodes.push(node);
        continue;
      }
      close(current);
      const field = sectionField(text);
      current = field
        ? { field, depth: node.depth, title: text, head: "", nodes: [] }
        : { field: null, depth: node.depth, title: text, head: slice([node]), nodes: [] };
      continue;
    }
    const labelled = node.type === "paragraph" ? labels(node) : null;
    if (labelled) {
      close(current);
      current = null;
      for (const { label, value } of labelled) {
        const field = sectionField(label);
        if (!field) {
          keep(label, value, `"${label}": no such field; kept in the narrative.`);
          continue;
        }
        // A label with nothing after it (`**Action Items:**` above a table) heads what follows, up to the next heading.
        if (!value) current = { field, depth: 7, title: FIELD_LABELS[field], head: "", nodes: [] };
        else if (field === "lessons") f.lessons = [...((f.lessons as string[] | undefined) ?? []), value];
        else if (field === "timeline" || field === "actionItems" || field === "sources")
          keep(label, value, `${field}: "${label}" is not followed by a list or table; kept in the narrative.`);
        else applyValue(field, value, label);
      }
      continue;
    }
    if (current) current.nodes.push(node);
    else narrative.push(slice([node]));
  }
  close(current);
  f.body = narrative.filter((chunk) => chunk.trim()).join("\n\n");
  if (!f.title)
    out.problems.push({ field: "title", message: "No title: start the file with a `# Title` heading or a `title:` line in frontmatter." });
  if (!f.incidentDate)
    out.problems.push({
      field: "incidentDate",
      message: "No date: add a line such as `**Date:** 2026-01-31` under the title, or an `incidentDate:` line in frontmatter.",
    });
  return out;
}
