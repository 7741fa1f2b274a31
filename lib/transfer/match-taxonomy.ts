import { slugify } from "@/lib/text";

export type TaxonomyTerms = {
  tags: { slug: string; name: string; synonyms: string[] }[];
  components: { slug: string; name: string }[];
  /** Old tag slugs (renamed or merged) and the tag they now mean. */
  redirects: Map<string, string>;
};

const key = (term: string) => term.trim().toLowerCase().replace(/\s+/g, " ");

/**
 * Matches tag and component names as people write them ("SNAT", "snat", a synonym such as "ndots", an old slug
 * that was renamed) to taxonomy slugs. Unknown terms are returned, not dropped, so the preview can name them.
 */
export function matchTaxonomy(terms: TaxonomyTerms, wanted: { tags: string[]; components: string[] }) {
  const tagIndex = new Map<string, string>();
  for (const tag of terms.tags)
    for (const name of [tag.slug, tag.name, slugify(tag.name, 80), ...tag.synonyms]) if (!tagIndex.has(key(name))) tagIndex.set(key(name), tag.slug);
  for (const [from, to] of terms.redirects) if (!tagIndex.has(key(from))) tagIndex.set(key(from), to);
  const componentIndex = new Map<string, string>();
  for (const c of terms.components)
    for (const name of [c.slug, c.name, slugify(c.name, 80)]) if (!componentIndex.has(key(name))) componentIndex.set(key(name), c.slug);
  const resolve = (index: Map<string, string>, names: string[]) => {
    const found = new Set<string>();
    const unknown: string[] = [];
    for (const name of names) {
      const slug = index.get(key(name)) ?? index.get(key(slugify(name, 80)));
      if (slug) found.add(slug);
      else unknown.push(name);
    }
    return { slugs: [...found].sort(), unknown };
  };
  return { tags: resolve(tagIndex, wanted.tags), components: resolve(componentIndex, wanted.components) };
}
