import "server-only";
import type { Viewer } from "@/lib/auth/viewer-types";
import { getCards } from "@/lib/data/cards";
import { getCatalogIndex, readerOf, withCoverage } from "@/lib/data/catalog";
import { getAllItems } from "@/lib/data/checklists";
import { matchItems, matchStories, STACK_WEIGHTS, type Stack, type StoryFacts } from "@/lib/exposure/match";
import { rankBySharedValues } from "@/lib/search/related";

/**
 * The stories a stack shares most with (among those the viewer may see), and the checklist items that guard against
 * them. Only retold stories count as evidence: a listed entry's tags come from a one-line "involved" list, not
 * from a reading of what went wrong.
 */
export async function getExposure(stack: Stack, viewer: Viewer | null, limit = 10) {
  if (stack.chosen.length === 0) return { stories: [], items: [] };
  const [index, items] = await Promise.all([getCatalogIndex(), getAllItems()]);
  const visible = withCoverage(index, index.visibleTo(readerOf(viewer)), "retold");
  const wanted = { platform: stack.platform ? [stack.platform] : [], component: [...stack.components], tag: [...stack.tags] };
  const top = rankBySharedValues(index, visible, wanted, STACK_WEIGHTS, limit);
  // Items are scored by the stories they cite, wherever those rank; only those few are scored besides the top.
  const cited = items.flatMap((item) => item.postmortems).filter((story) => visible.has(story.id));
  const ids = [...new Set([...top.map((entry) => entry.id), ...cited.map((story) => story.id)])];
  const cards = new Map((await getCards(ids)).map((card) => [card.id, card]));
  const facts = (id: number): StoryFacts => {
    const values = index.get(id)!.values;
    return { slug: cards.get(id)!.slug, platform: values.platform[0] ?? "", tags: values.tag, components: values.component };
  };
  const matches = new Map(matchStories(stack, ids.filter((id) => cards.has(id)).map(facts)).map((m) => [m.slug, m]));
  const itemKey = (i: (typeof items)[number]) => `${i.checklist.slug}/${i.key}`;
  const itemByKey = new Map(items.map((i) => [itemKey(i), i]));
  const itemMatches = matchItems(
    stack,
    [...matches.values()],
    items.map((i) => ({ key: itemKey(i), checklist: i.checklist.slug, tags: i.tags.map((t) => t.slug), postmortems: i.postmortems.map((p) => p.slug) })),
  ).slice(0, 15);
  const bySlug = new Map(cited.map((story) => [story.slug, story]));
  return {
    stories: top.flatMap((entry) => {
      const card = cards.get(entry.id);
      const match = card && matches.get(card.slug);
      return card && match ? [{ card, score: match.score, reasons: match.reasons }] : [];
    }),
    items: itemMatches.map((m) => ({ item: itemByKey.get(m.key)!, score: m.score, guards: m.guards.map((slug) => bySlug.get(slug)!) })),
  };
}
