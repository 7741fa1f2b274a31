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
    rows.map((r) => ({ slug: r.slug, platform: r.platform[0] ?? "", tags: r.tag, components: r.component })),
  ).slice(0, limit);
  const ids = new Map(rows.map((r) => [r.slug, r.id]));
  const cards = new Map((await getCards(matches.map((m) => ids.get(m.slug)!))).map((c) => [c.slug, c]));
  const itemKey = (i: (typeof items)[number]) => `${i.checklist.slug}/${i.key}`;
  const itemByKey = new Map(items.map((i) => [itemKey(i), i]));
  const itemMatches = matchItems(
    stack,
    matches,
    items.map((i) => ({ key: itemKey(i), checklist: i.checklist.slug, tags: i.tags.map((t) => t.slug), postmortems: i.postmortems.map((p) => p.slug) })),
  ).slice(0, 15);
  return {
    stories: matches.map((m) => ({ card: cards.get(m.slug)!, score: m.score, reasons: m.reasons })),
    items: itemMatches.map((m) => ({ item: itemByKey.get(m.key)!, score: m.score, guards: m.guards.map((slug) => cards.get(slug)!) })),
  };
}
