import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { getCuratedLinks } from "@/lib/data/curated-links";
import { generationMemo } from "@/lib/data/generation-memo";

const itemSelect = {
  id: true,
  key: true,
  position: true,
  control: true,
  why: true,
  checkKind: true,
  checkLang: true,
  check: true,
  tags: { select: { tag: { select: { slug: true, name: true } } } },
  postmortems: { select: { postmortem: { select: { id: true, slug: true, title: true, severity: true } } } },
} as const;

type CitedStory = { id: number; slug: string; title: string; severity: string };
type ItemRow = { tags: { tag: { slug: string; name: string } }[]; postmortems: { postmortem: CitedStory }[] };
type Flat<T> = Omit<T, "tags" | "postmortems"> & { tags: { slug: string; name: string }[]; postmortems: CitedStory[] };
const flattenItem = <T extends ItemRow>(item: T): Flat<T> => ({
  ...item,
  tags: item.tags.map((t) => t.tag).sort((a, b) => a.name.localeCompare(b.name)),
  postmortems: item.postmortems.map((p) => p.postmortem).sort((a, b) => a.title.localeCompare(b.title)),
});

/** Every checklist with how many items it has and how many stories its items cite. */
export async function listChecklists() {
  const rows = await db.checklist.findMany({
    orderBy: [{ position: "asc" }, { title: "asc" }],
    select: { slug: true, title: true, summary: true, items: { select: { postmortems: { select: { postmortemId: true } } } } },
  });
  return rows.map(({ items, ...c }) => ({ ...c, itemCount: items.length, storyCount: new Set(items.flatMap((i) => i.postmortems.map((p) => p.postmortemId))).size }));
}

/** One checklist with every item, its tags and the (curated, always public) incidents behind it. */
export const getChecklist = cache(async (slug: string) => {
  const row = await db.checklist.findUnique({
    where: { slug },
    select: { id: true, slug: true, title: true, summary: true, body: true, items: { orderBy: { position: "asc" }, select: itemSelect } },
  });
  return row ? { ...row, items: row.items.map(flattenItem) } : null;
});

export type ChecklistDetail = NonNullable<Awaited<ReturnType<typeof getChecklist>>>;

/** The checklist items that cite a postmortem: the controls its story shows were missing. */
export async function getItemsCiting(postmortemId: number) {
  return (await getCuratedLinks()).citing.get(postmortemId) ?? [];
}

/**
 * Every item with its tags and cited stories, for matching ("Am I exposed?"). Shared by every request until a public
 * write moves the generation (checklist, tag and story writes and the content sync all do), instead of Prisma's
 * relation queries on each answer (~17% of an exposure page's server time at 100k stories). Read-only.
 */
export const getAllItems = generationMemo("checklist-items", "public", async () => {
  const rows = await db.checklistItem.findMany({
    orderBy: [{ checklist: { position: "asc" } }, { position: "asc" }],
    select: { ...itemSelect, checklist: { select: { slug: true, title: true } } },
  });
  return rows.map(flattenItem);
});
