import "server-only";
import type { Viewer } from "@/lib/auth/viewer-types";
import { getCards } from "@/lib/data/cards";
import { getCatalogRows } from "@/lib/data/catalog";
import { getAllItems } from "@/lib/data/checklists";
import { matchItems, matchStories, type Stack } from "@/lib/exposure/match";

/** The stories a stack shares most with (among those the viewer may see), and the checklist items that guard against them. */
export async function getExposure(stack: Stack, viewer: Viewer | null, limit = 10) {
  if (stack.chosen.length === 0) return { stories: [], items: [] };
  const [rows, items] = await Promise.all([getCatalogRows(viewer), getAllItems()]);
  const matches = matchStories(
    stack,
    rows.map((r) => ({ slug: String(r.id), platform: r.platform[0] ?? "", tags: r.tag, components: r.component })),
  ).slice(0, limit);
  const cards = new Map((await getCards(matches.map((m) => Number(m.slug)))).map((c) => [c.id, c]));
  const stories = matches.map((m) => ({ card: cards.get(Number(m.slug))!, score: m.score, reasons: m.reasons }));
  const bySlug = new Map(stories.map((s) => [s.card.slug, s]));
  const itemMatches = matchItems(
    stack,
    stories.map((s) => ({ slug: s.card.slug, score: s.score, reasons: s.reasons })),
    items.map((i) => ({ key: `${i.checklist.slug}/${i.key}`, checklist: i.checklist.slug, tags: i.tags.map((t) => t.slug), postmortems: i.postmortems.map((p) => p.slug) })),
  ).slice(0, 15);
  const itemByKey = new Map(items.map((i) => [`${i.checklist.slug}/${i.key}`, i]));
  return {
    stories,
    items: itemMatches.map((m) => ({ item: itemByKey.get(m.key)!, score: m.score, guards: m.guards.map((slug) => bySlug.get(slug)!.card) })),
  };
}
