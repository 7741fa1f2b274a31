import "server-only";
import type { Viewer } from "@/lib/auth/viewer-types";
import { getCards } from "@/lib/data/cards";
import { getCatalog, readerKey } from "@/lib/data/catalog";
import { sharedPositionCache } from "@/lib/data/position-cache";
import { matchBrowseFilters } from "@/lib/data/search";
import type { Bitset } from "@/lib/search/bitset";
import type { FacetIndex } from "@/lib/search/facet-index";
import { cooccurrence, crossCounts, durationHistogram, phaseStats, timedStories, topOf, topValues } from "@/lib/insights/aggregate";
import { browseQueryString, type BrowseFilters } from "@/lib/validation/browse-params";

const TOP = 10;
/** Co-occurrence is shown among this many most frequent tags: 28 pairs, enough to see the clusters. */
const PAIR_TAGS = 8;
/** Stories listed under the time-to chart, newest first. */
const TIMED_LISTED = 20;

/**
 * Every chart of /insights for the stories the reader may see that match the browse filters. Counted from the
 * catalogue's facet index, so the work depends on the number of facet values, never on the number of stories;
 * only the (few) stories whose timelines give exact times are read one by one.
 */
export async function getInsights(filters: BrowseFilters, viewer: Viewer | null): Promise<Insights> {
  const { seq } = await getCatalog();
  const key = `${readerKey(viewer)}|${browseQueryString({ ...filters, page: 1, sort: undefined })}`;
  const known = memo.get(seq, key);
  if (known) return known;
  const insights = await computeInsights(filters, viewer);
  memo.set(seq, key, insights);
  return insights;
}

// Insights depend only on the filters, what the reader may see and the catalogue's position in the change log,
// so the most recently used are kept per process until a write moves the position.
const memo = sharedPositionCache<Insights>("insights", 200);

async function computeInsights(filters: BrowseFilters, viewer: Viewer | null) {
  const { index, base, matching, counts } = await matchBrowseFilters(filters, viewer);
  // A story has several categories and tags, and browse ORs the values of one facet: charts broken down by such a
  // facet count it with every other filter (like browse's facet counts), so each bar's browse link shows its stories.
  const except = (key: "category" | "tag" | "duration" | "measured") => (filters[key].length ? index.match(base, { ...filters, [key]: [] }) : matching);
  // Counted without the tag filter, so a bar's browse link (that tag instead of the selected ones) lists as many.
  const withoutTag = except("tag");
  const timed = timedStories(index, except("measured"));
  const listed = timed.sort((a, b) => (index.dateOf(b.id) || 0) - (index.dateOf(a.id) || 0)).slice(0, TIMED_LISTED);
  const cards = new Map((await getCards(listed.map((story) => story.id))).map((card) => [card.id, card]));
  return {
    total: matching.count(),
    counts,
    byCategory: crossCounts(index, except("category"), "year", "category"),
    bySeverity: crossCounts(index, matching, "year", "severity"),
    tags: topValues(index, withoutTag, "tag", TOP),
    components: topOf(counts.component, TOP),
    pairs: pairsOf(index, withoutTag),
    durations: durationHistogram(index, except("duration")),
    phases: phaseStats(timed),
    timedTotal: timed.length,
    timedStories: listed.flatMap((story) => {
      const card = cards.get(story.id);
      return card ? [{ ...story, slug: card.slug, title: card.title }] : [];
    }),
  };
}

/** The pairs of tags most often found together among the most frequent tags (each pair's browse link selects both). */
function pairsOf(index: FacetIndex, rows: Bitset) {
  const tags = topValues(index, rows, "tag", PAIR_TAGS).map((tag) => tag.value);
  return cooccurrence(index, rows, tags).slice(0, TOP);
}

export type Insights = Awaited<ReturnType<typeof computeInsights>>;
