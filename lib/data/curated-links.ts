import "server-only";
import { db } from "@/lib/db";
import { generationMemo } from "@/lib/data/generation-memo";

export type TechniqueLink = { slug: string; title: string; summary: string; position: number };
export type CitingItem = { key: string; control: string; checklist: { slug: string; title: string } };

function grouped<T>(rows: { postmortemId: number; value: T }[]) {
  const map = new Map<number, T[]>();
  for (const { postmortemId, value } of rows) {
    const list = map.get(postmortemId);
    if (list) list.push(value);
    else map.set(postmortemId, [value]);
  }
  return map;
}

/**
 * What the curated content says about each story: the techniques that would have helped, the checklist items that
 * cite it, and whether it offers an exercise. These are small tables, written by the content sync: a detail page
 * reads them from memory, shared until a public write moves the generation, instead of three queries per view.
 */
export const getCuratedLinks = generationMemo("curated-links", "public", async () => {
  const [techniques, items, exercises] = await Promise.all([
    db.techniquePostmortem.findMany({
      orderBy: [{ technique: { position: "asc" } }, { technique: { slug: "asc" } }],
      select: { postmortemId: true, technique: { select: { slug: true, title: true, summary: true, position: true } } },
    }),
    db.checklistItemPostmortem.findMany({
      orderBy: [{ item: { checklist: { position: "asc" } } }, { item: { position: "asc" } }],
      select: { postmortemId: true, item: { select: { key: true, control: true, checklist: { select: { slug: true, title: true } } } } },
    }),
    // Exercises are curated content: curated rows have no team, and that index keeps this away from team rows.
    db.postmortem.findMany({ where: { teamId: null, exercise: { not: null } }, select: { id: true } }),
  ]);
  return {
    techniques: grouped(techniques.map((row) => ({ postmortemId: row.postmortemId, value: row.technique }))),
    citing: grouped(items.map((row) => ({ postmortemId: row.postmortemId, value: row.item }))),
    exercises: new Set(exercises.map((row) => row.id)),
  };
});
