import "server-only";
import { db } from "@/lib/db";
import { generationMemo } from "@/lib/data/generation-memo";

export type TagInfo = { slug: string; name: string; description: string; synonyms: string; category: { slug: string; name: string } };
export type CategoryInfo = { slug: string; name: string; description: string; retired: boolean; tags: TagInfo[] };
export type ComponentInfo = { slug: string; name: string; description: string };

const tagFields = { slug: true, name: true, description: true, synonyms: true } as const;
const categoryFields = { slug: true, name: true, description: true, retiredAt: true } as const;

/**
 * The whole taxonomy, read by nearly every page and rarely changed: shared by every request until a taxonomy
 * table changes. Treat it as read-only.
 */
export const getTaxonomy = generationMemo("taxonomy", "taxonomy", loadTaxonomy);

async function loadTaxonomy() {
  const [categories, components, redirects] = await Promise.all([
    db.category.findMany({ orderBy: { position: "asc" }, select: { ...categoryFields, tags: { orderBy: { name: "asc" }, select: tagFields } } }),
    db.component.findMany({ orderBy: { name: "asc" }, select: { slug: true, name: true, description: true } }),
    db.tagRedirect.findMany({ select: { fromSlug: true, tag: { select: { slug: true } } } }),
  ]);
  const withCategory: CategoryInfo[] = categories.map(({ retiredAt, ...c }) => ({
    ...c,
    retired: Boolean(retiredAt),
    tags: c.tags.map((t) => ({ ...t, category: { slug: c.slug, name: c.name } })),
  }));
  const tags = withCategory.flatMap((c) => c.tags);
  return {
    categories: withCategory,
    /** What pickers and the category grid offer: retired categories are left out. */
    activeCategories: withCategory.filter((c) => !c.retired),
    tags,
    components: components as ComponentInfo[],
    categoryBySlug: new Map(withCategory.map((c) => [c.slug, c])),
    tagBySlug: new Map(tags.map((t) => [t.slug, t])),
    componentBySlug: new Map(components.map((c) => [c.slug, c])),
    /** Old tag slugs (renamed or merged away) and the slug they now mean. */
    tagRedirects: new Map(redirects.map((r) => [r.fromSlug, r.tag.slug])),
  };
}

export type Taxonomy = Awaited<ReturnType<typeof loadTaxonomy>>;


/** The admin view: every category (retired too) with its tags and how often each is used, plus old slugs. */
export async function getTaxonomyOverview() {
  const [categories, redirects] = await Promise.all([
    db.category.findMany({
      orderBy: { position: "asc" },
      select: { ...categoryFields, origin: true, tags: { orderBy: { name: "asc" }, select: { ...tagFields, origin: true, _count: { select: { postmortems: true, checklistItems: true } } } } },
    }),
    db.tagRedirect.findMany({ orderBy: { fromSlug: "asc" }, select: { fromSlug: true, tag: { select: { slug: true, name: true } } } }),
  ]);
  return { categories, redirects };
}
