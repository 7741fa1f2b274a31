import { z } from "zod";
import { PLATFORMS, SLUG_PATTERN, type Platform } from "@/lib/validation/vocabulary";

// k8s.af "involved" terms name platforms, components and root causes in free text ("AWS CNI Plugin",
// "`ndots:5`"). The mapping file turns the known spellings into taxonomy slugs; anything it does not name is
// matched against the taxonomy's own slugs, names and (tags only) synonyms, so a tag added later is picked up
// without touching the mapping. What matches nothing stays plain text and is reported.

const slug = z.string().regex(SLUG_PATTERN, "must be a lowercase slug");
const term = z.string().trim().min(1);

export const involvedMapping = z.strictObject({
  platforms: z.partialRecord(z.enum(PLATFORMS), z.array(term)).default({}),
  terms: z.record(term, z.strictObject({ tags: z.array(slug).default([]), components: z.array(slug).default([]) })).default({}),
});
export type InvolvedMapping = z.infer<typeof involvedMapping>;

export type MappingTaxonomy = {
  tags: { slug: string; name: string; synonyms: string[] }[];
  components: { slug: string; name: string }[];
};

export type InvolvedMatch = { tags: string[]; components: string[]; platform: Platform | null; unmatched: string[] };

/** "AWS CNI Plugin" and "aws-cni-plugin" are one key; backticks and quotes are not part of a term. */
export const termKey = (text: string) =>
  text
    .toLowerCase()
    .replace(/[`"]/g, "")
    .trim()
    .replace(/[\s_]+/g, "-");

function index<T>(pairs: [string, T][]) {
  const map = new Map<string, T[]>();
  for (const [key, value] of pairs) map.set(termKey(key), [...(map.get(termKey(key)) ?? []), value]);
  return map;
}

/** Slugs the mapping file names that the taxonomy lacks, as "terms.<term>.<kind>: <slug>". */
export function unknownMappingTargets(mapping: InvolvedMapping, taxonomy: MappingTaxonomy): string[] {
  const tags = new Set(taxonomy.tags.map((t) => t.slug));
  const components = new Set(taxonomy.components.map((c) => c.slug));
  return Object.entries(mapping.terms).flatMap(([name, target]) => [
    ...target.tags.filter((s) => !tags.has(s)).map((s) => `terms.${name}.tags: unknown tag "${s}"`),
    ...target.components.filter((s) => !components.has(s)).map((s) => `terms.${name}.components: unknown component "${s}"`),
  ]);
}

export function involvedMatcher(mapping: InvolvedMapping, taxonomy: MappingTaxonomy): (terms: string[]) => InvolvedMatch {
  const explicit = new Map(Object.entries(mapping.terms).map(([name, target]) => [termKey(name), target]));
  const platforms = new Map(
    Object.entries(mapping.platforms).flatMap(([platform, names]) => names.map((n) => [termKey(n), platform as Platform] as const)),
  );
  const components = index(taxonomy.components.flatMap((c) => [[c.slug, c.slug] as [string, string], [c.name, c.slug] as [string, string]]));
  const tagNames = index(taxonomy.tags.flatMap((t) => [[t.slug, t.slug] as [string, string], [t.name, t.slug] as [string, string]]));
  const tagSynonyms = index(taxonomy.tags.flatMap((t) => t.synonyms.map((s) => [s, t.slug] as [string, string])));

  return (terms) => {
    const tags = new Set<string>();
    const found = new Set<string>();
    const platformsSeen = new Set<Platform>();
    const unmatched: string[] = [];
    for (const term of terms) {
      const key = termKey(term);
      const platform = platforms.get(key);
      if (platform) platformsSeen.add(platform);
      const target = explicit.get(key);
      const byComponent = [...new Set(components.get(key) ?? [])];
      // A synonym shared by two tags ("upgrade") says too little to pick one.
      const synonyms = [...new Set(tagSynonyms.get(key) ?? [])];
      const byTag = [...new Set(tagNames.get(key) ?? (synonyms.length === 1 ? synonyms : []))];
      const matched = target ? { tags: target.tags, components: target.components } : { tags: byTag, components: byComponent };
      matched.tags.forEach((s) => tags.add(s));
      matched.components.forEach((s) => found.add(s));
      if (!platform && matched.tags.length === 0 && matched.components.length === 0) unmatched.push(term);
    }
    // Two platforms named ("GKE" and "kops") is a contradiction the list does not resolve: no platform.
    const platform = platformsSeen.size === 1 ? [...platformsSeen][0]! : null;
    return { tags: [...tags].sort(), components: [...found].sort(), platform, unmatched };
  };
}
