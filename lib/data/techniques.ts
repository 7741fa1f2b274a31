import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { getCards } from "@/lib/data/cards";
import { generationMemo } from "@/lib/data/generation-memo";
import { getCuratedLinks } from "@/lib/data/curated-links";
import { getTaxonomy } from "@/lib/data/taxonomy";
import { visiblePostmortems } from "@/lib/data/visibility";
import { parseSearchQuery } from "@/lib/search/fts-query";

const slugs = (json: string) => JSON.parse(json) as string[];

/** Tag and component names for a technique's slugs; a slug the taxonomy no longer has is left out. */
async function taxonomyOf(row: { tags: string; components: string }) {
  const taxonomy = await getTaxonomy();
  return {
    tags: slugs(row.tags).flatMap((s) => {
      const tag = taxonomy.tagBySlug.get(taxonomy.tagRedirects.get(s) ?? s);
      return tag ? [{ slug: tag.slug, name: tag.name, category: tag.category }] : [];
    }),
    components: slugs(row.components).flatMap((s) => {
      const component = taxonomy.componentBySlug.get(s);
      return component ? [{ slug: component.slug, name: component.name }] : [];
    }),
  };
}

const summaryFields = { slug: true, title: true, summary: true, symptom: true, tags: true, components: true } as const;

/** Every technique, in library order. Techniques are curated and few (tens), so the list is not paged. */
export async function listTechniques() {
  const rows = await db.technique.findMany({
    orderBy: [{ position: "asc" }, { title: "asc" }],
    select: { ...summaryFields, _count: { select: { postmortems: { where: { postmortem: visiblePostmortems(null) } } } } },
  });
  return Promise.all(rows.map(async ({ _count, ...row }) => ({ ...row, ...(await taxonomyOf(row)), storyCount: _count.postmortems })));
}

export type TechniqueSummary = Awaited<ReturnType<typeof listTechniques>>[number];

/** One technique with its commands, caveats, source and the stories where it helps. */
export const getTechnique = cache(async (slug: string) => {
  const row = await db.technique.findUnique({
    where: { slug },
    select: {
      ...summaryFields,
      commands: true,
      caveats: true,
      sourceTitle: true,
      sourceUrl: true,
      postmortems: { where: { postmortem: visiblePostmortems(null) }, select: { postmortemId: true } },
    },
  });
  if (!row) return null;
  const { postmortems, ...rest } = row;
  const stories = (await getCards(postmortems.map((p) => p.postmortemId))).sort((a, b) => a.title.localeCompare(b.title));
  return {
    ...rest,
    ...(await taxonomyOf(row)),
    commands: JSON.parse(row.commands) as { run: string; lookFor: string }[],
    caveats: JSON.parse(row.caveats) as string[],
    stories,
  };
});

/** The techniques that would have helped in one story ("Techniques that help here"). */
/** The techniques that would have helped with a story, in the library's order. */
export async function getTechniquesFor(postmortemId: number) {
  return (await getCuratedLinks()).techniques.get(postmortemId) ?? [];
}

/** Every technique's search text, in list order: shared until a public write (the content sync) moves the generation. */
const techniqueSearchTexts = generationMemo("technique-search", "public", () =>
  db.technique.findMany({ orderBy: [{ position: "asc" }, { title: "asc" }], select: { slug: true, title: true, summary: true, searchText: true } }),
);

/**
 * Techniques whose text holds every word of the query: a small, separately bounded result set shown beside the
 * postmortem results, so the postmortem ranking and paging stay untouched.
 */
export async function searchTechniques(q: string, limit = 4) {
  // The words the story search would look for (its operators, AND and OR, are not words to find).
  const words = [...new Set((parseSearchQuery(q) ?? []).flat().flatMap((term) => term.words.map((word) => word.toLowerCase())))].slice(0, 8);
  if (words.length === 0) return [];
  // The search text is lower-cased (lib/content/sync-techniques.ts), so a substring is what SQL's LIKE would match.
  return (await techniqueSearchTexts())
    .filter((technique) => words.every((word) => technique.searchText.includes(word)))
    .slice(0, limit)
    .map(({ slug, title, summary }) => ({ slug, title, summary }));
}
