import fs from "node:fs";
import path from "node:path";
import yaml from "js-yaml";
import { listedFromEntry, listedSlug, LISTED_FOLDER, renderListedFile } from "@/lib/k8saf/entry-file";
import { parseK8sAfList, type UnparsedLine } from "@/lib/k8saf/parse";
import { normaliseSourceUrl } from "@/lib/validation/source-url";

export type ImportSummary = {
  added: string[];
  updated: string[];
  unchanged: string[];
  removed: string[];
  unparsed: UnparsedLine[];
  /** Entries whose link another entry of the list already has (the first one wins). */
  duplicates: { line: number; url: string }[];
};

/** The slug each existing listed file holds, by normalised link: an entry keeps its file when its title changes. */
function existingFiles(folder: string): Map<string, { slug: string; text: string }> {
  const byUrl = new Map<string, { slug: string; text: string }>();
  if (!fs.existsSync(folder)) return byUrl;
  for (const name of fs
    .readdirSync(folder)
    .filter((n) => n.endsWith(".yml"))
    .sort()) {
    const text = fs.readFileSync(path.join(folder, name), "utf8");
    const url = (yaml.load(text) as { url?: unknown } | null)?.url;
    const key = typeof url === "string" ? normaliseSourceUrl(url) : null;
    if (key) byUrl.set(key, { slug: name.replace(/\.yml$/, ""), text });
  }
  return byUrl;
}

/**
 * Writes one content/listed/<slug>.yml per entry of the list and removes the files of entries no longer in it.
 * Files whose text would not change are not touched, so a second run reports everything unchanged.
 * Throws ListFormatError (nothing written) when the text is not a k8s.af list.
 */
export function importK8sAfList(listText: string, contentDir: string, options: { dryRun?: boolean } = {}): ImportSummary {
  const { entries, unparsed } = parseK8sAfList(listText);
  const folder = path.join(contentDir, LISTED_FOLDER);
  const existing = existingFiles(folder);
  const summary: ImportSummary = { added: [], updated: [], unchanged: [], removed: [], unparsed, duplicates: [] };
  const seen = new Set<string>();
  const taken = new Set<string>();
  const writes: { slug: string; text: string }[] = [];
  for (const entry of entries) {
    const key = normaliseSourceUrl(entry.url)!;
    if (seen.has(key)) {
      summary.duplicates.push({ line: entry.line, url: entry.url });
      continue;
    }
    seen.add(key);
    const before = existing.get(key);
    let slug = before?.slug ?? listedSlug(entry);
    for (let n = 2; taken.has(slug); n++) slug = `${listedSlug(entry)}-${n}`;
    taken.add(slug);
    const text = renderListedFile(listedFromEntry(entry));
    if (before?.text === text) summary.unchanged.push(slug);
    else {
      (before ? summary.updated : summary.added).push(slug);
      writes.push({ slug, text });
    }
  }
  summary.removed = [...existing].filter(([key]) => !seen.has(key)).map(([, file]) => file.slug);
  if (!options.dryRun) {
    fs.mkdirSync(folder, { recursive: true });
    for (const w of writes) fs.writeFileSync(path.join(folder, `${w.slug}.yml`), w.text);
    for (const slug of summary.removed) fs.rmSync(path.join(folder, `${slug}.yml`));
  }
  return summary;
}
