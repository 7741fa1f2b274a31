import "server-only";
import { db } from "@/lib/db";
import { getCards } from "@/lib/data/cards";
import { getCatalog, PUBLISHED } from "@/lib/data/catalog";
import { filterRows } from "@/lib/data/search";
import type { FeedStory } from "@/lib/feeds/atom";
import { parseSearchQuery } from "@/lib/search/fts-query";
import type { BrowseFilters } from "@/lib/validation/browse-params";

/** Entries per feed: feed readers poll the newest; older stories stay in browse. */
export const FEED_SIZE = 50;

/**
 * The newest FEED_SIZE stories matching browse's filters (incident date, newest first, like browse's "newest"):
 * public ones for the public feed, or one team's published ones (public and team-only) for its private feed.
 * The same bounded read as browse: the facet index picks the page, then one page of rows is loaded.
 */
export async function feedStories(filters: BrowseFilters, teamId: number | null): Promise<FeedStory[]> {
  const { index, seq } = await getCatalog();
  const base = teamId === null ? index.visibleTo(null) : index.ofTeams([teamId]).and(index.withFlag(PUBLISHED));
  const query = filters.q ? parseSearchQuery(filters.q) : null;
  const { matching } = await filterRows(base, filters, query, index, seq);
  const ids = index.page(matching, "newest", 0, FEED_SIZE);
  const [cards, dates] = await Promise.all([
    getCards(ids),
    db.postmortem.findMany({ where: { id: { in: ids } }, select: { id: true, updatedAt: true, publishedAt: true } }),
  ]);
  const datesOf = new Map(dates.map((row) => [row.id, row]));
  return cards.map((card) => ({
    ...card,
    updatedAt: datesOf.get(card.id)?.updatedAt ?? card.incidentDate,
    publishedAt: datesOf.get(card.id)?.publishedAt ?? null,
  }));
}
