import yaml from "js-yaml";
import { slugify } from "@/lib/text";
import type { ListEntry } from "@/lib/k8saf/parse";
import { tierFromImpact } from "@/lib/k8saf/tier";
import type { ListedEntry } from "@/lib/content/schema";

export const LISTED_FOLDER = "listed";
export const GENERATED_NOTE = "# Written by `npm run import:k8saf` from content/k8s-af/README.md. Edit the list and re-run the importer.\n";

/** `k8saf-<organisation>-<year>-<title>`, cut after a whole word: the prefix keeps listed slugs apart from retold ones. */
export const listedSlug = (entry: Pick<ListEntry, "organization" | "published" | "title">) =>
  `k8saf-${slugify(`${entry.organization} ${entry.published.slice(0, 4)} ${entry.title}`, 66)}`;

/** The listed entry for one list entry: what the list says, plus the tier rule's decision. */
export function listedFromEntry(entry: ListEntry): ListedEntry {
  const tier = tierFromImpact(entry.impact);
  return {
    title: entry.title,
    organization: entry.organization,
    format: entry.format,
    published: entry.published,
    url: entry.url,
    involved: entry.involved,
    impact: entry.impact,
    ...(tier.severity ? { severity: tier.severity } : {}),
    tierRule: tier.rule,
  };
}

/** The file text: fixed key order and dump options, so the same entry always gives the same bytes. */
export function renderListedFile(listed: ListedEntry): string {
  return GENERATED_NOTE + yaml.dump(listed, { lineWidth: -1, noRefs: true, sortKeys: false, quotingType: '"' });
}
