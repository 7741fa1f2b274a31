// Shared by the content sync (a CLI, so no "server-only" here) and team edits.
import type { Db } from "@/lib/db-client";
import type { Assigned } from "@/lib/data/action-item-events";
import { normaliseSourceUrl } from "@/lib/validation/source-url";

export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

export type PostmortemChildren = {
  tags: string[];
  components: string[];
  lessons: string[];
  timeline: { at: string; time: string | null; description: string; marker: string | null }[];
  actionItems: {
    type: string;
    description: string;
    owner: string | null;
    ownerId?: number | null;
    status: string;
    dueDate: Date | null;
    link: string | null;
  }[];
  sources: { title: string; url: string }[];
};

/** Sets a postmortem's tags and components; unknown slugs are the caller's to refuse. */
export async function replaceTaxonomy(tx: Tx, postmortemId: number, slugs: Pick<PostmortemChildren, "tags" | "components">) {
  await tx.postmortemTag.deleteMany({ where: { postmortemId } });
  await tx.postmortemComponent.deleteMany({ where: { postmortemId } });
  const tags = await tx.tag.findMany({ where: { slug: { in: slugs.tags } }, select: { id: true } });
  const components = await tx.component.findMany({ where: { slug: { in: slugs.components } }, select: { id: true } });
  await tx.postmortemTag.createMany({ data: tags.map((t) => ({ postmortemId, tagId: t.id })) });
  await tx.postmortemComponent.createMany({ data: components.map((c) => ({ postmortemId, componentId: c.id })) });
}

export type ChildList = keyof PostmortemChildren;
const ALL_LISTS: ChildList[] = ["tags", "components", "lessons", "timeline", "actionItems", "sources"];
export const isChildList = (field: string): field is ChildList => (ALL_LISTS as string[]).includes(field);

/**
 * Replaces a postmortem's list fields; the search triggers rebuild its document as rows change. `only` names the
 * lists that changed (an autosave of the narrative rewrites none), the rest are left as they are. Returns the
 * action items that got a new owner, for the caller to announce.
 */
export async function replaceChildren(tx: Tx, postmortemId: number, children: PostmortemChildren, only: ChildList[] = ALL_LISTS): Promise<{ assigned: Assigned[] }> {
  const lists = new Set(only);
  if (lists.has("tags") || lists.has("components")) await replaceTaxonomy(tx, postmortemId, children);
  if (lists.has("lessons")) {
    await tx.lesson.deleteMany({ where: { postmortemId } });
    await tx.lesson.createMany({ data: children.lessons.map((text, position) => ({ postmortemId, position, text })) });
  }
  if (lists.has("timeline")) {
    await tx.timelineEvent.deleteMany({ where: { postmortemId } });
    await tx.timelineEvent.createMany({ data: children.timeline.map((event, position) => ({ postmortemId, position, ...event })) });
  }
  const assigned = lists.has("actionItems") ? await replaceActionItems(tx, postmortemId, children.actionItems) : [];
  if (lists.has("sources")) {
    await tx.source.deleteMany({ where: { postmortemId } });
    await tx.source.createMany({
      data: children.sources.map((source, position) => ({ postmortemId, position, ...source, urlKey: normaliseSourceUrl(source.url) ?? "" })),
    });
  }
  return { assigned };
}

const sameItem = (row: PostmortemChildren["actionItems"][number], item: PostmortemChildren["actionItems"][number]) =>
  (Object.keys(item) as (keyof typeof item)[]).every((key) =>
    key === "dueDate" ? row.dueDate?.getTime() === item.dueDate?.getTime() : (row[key] ?? null) === (item[key] ?? null),
  );

/**
 * A new status, due date, owner or description starts the item's reminders afresh (lib/data/action-item-events.ts).
 * Reminders belong to the row at a position: an item that moved up gets its own, at worst a second time, never none.
 */
const remindAfresh = (row: PostmortemChildren["actionItems"][number], item: PostmortemChildren["actionItems"][number]) =>
  row.status !== item.status ||
  row.description !== item.description ||
  row.dueDate?.getTime() !== item.dueDate?.getTime() ||
  (row.ownerId ?? null) !== (item.ownerId ?? null);

/**
 * Action items are rewritten in place, position by position, so an item keeps its id (the backlog and
 * `PATCH /api/v1/action-items/{id}` address it) and its version moves only when it changed. Returns the items
 * whose owner (a user) is new to them.
 */
async function replaceActionItems(tx: Tx, postmortemId: number, items: PostmortemChildren["actionItems"]): Promise<Assigned[]> {
  const rows = await tx.actionItem.findMany({
    where: { postmortemId },
    orderBy: { position: "asc" },
    select: { id: true, position: true, type: true, description: true, owner: true, ownerId: true, status: true, dueDate: true, link: true },
  });
  const byPosition = new Map(rows.map((row) => [row.position, row]));
  // An item that only moved (one above it was removed) is not news to its owner.
  const owned = new Set(rows.map((row) => `${row.ownerId}\u0000${row.description}`));
  const assigned: Assigned[] = [];
  for (const [position, item] of items.entries()) {
    const row = byPosition.get(position);
    let id = row?.id;
    if (!row) id = (await tx.actionItem.create({ data: { postmortemId, position, ...item }, select: { id: true } })).id;
    else if (!sameItem(row, item)) {
      await tx.actionItem.update({ where: { id: row.id }, data: { ...item, version: { increment: 1 }, ...(remindAfresh(row, item) ? { reminded: "" } : {}) } });
    }
    if (item.ownerId && item.ownerId !== row?.ownerId && !owned.has(`${item.ownerId}\u0000${item.description}`)) assigned.push({ id: id!, ownerId: item.ownerId, description: item.description });
  }
  await tx.actionItem.deleteMany({ where: { postmortemId, position: { gte: items.length } } });
  return assigned;
}
