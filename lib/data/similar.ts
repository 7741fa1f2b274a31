import "server-only";
import { db } from "@/lib/db";
import { getCards } from "@/lib/data/cards";
import { getCatalogIndex } from "@/lib/data/catalog";
import { sql } from "@/lib/data/sql/dialect";
import { rankBySharedValues } from "@/lib/search/related";
import { MARK_END, MARK_START } from "@/lib/search/snippet";
import {
  anyOf,
  COMMON_WORD_DOCS,
  rankSimilar,
  relativeRelevance,
  salientWords,
  SIMILARITY_WEIGHTS,
  tellingWords,
  type SimilarCandidate,
} from "@/lib/search/similar";
import type { SimilarDraft } from "@/lib/validation/similar";

/** How many candidates each signal contributes before they are combined. */
const POOL = 40;
const MARKED = new RegExp(`${MARK_START}([^${MARK_END}]*)${MARK_END}`, "g");

/**
 * The public stories (retold or listed) most like a draft, with why each matched: the words it shares (read from
 * the search snippets of the few shown), and the tags and components it shares. Only public stories are ever
 * suggested, whoever asks. Cost: a capped count per salient word (to leave out common ones), one ranked full-text
 * query over the telling words cut to POOL hits, a bitset scoring over the facet index, and the cards and snippets of
 * the `limit` shown.
 */
export async function similarStories(draft: SimilarDraft, limit = 5) {
  const index = await getCatalogIndex();
  const visible = index.visibleTo(null);
  const self = draft.exclude ? await db.postmortem.findUnique({ where: { slug: draft.exclude }, select: { id: true } }) : null;
  const eligible = (id: number) => id !== self?.id && visible.has(id);

  const counted = await Promise.all(salientWords(draft).map(async (word) => ({ word, docs: await sql().ftsCount(anyOf([word])!, COMMON_WORD_DOCS) })));
  const telling = tellingWords(counted);
  const query = anyOf(telling);
  const hits = query ? (await sql().ftsTop(query, POOL * 2)).filter((hit) => eligible(hit.id)).slice(0, POOL) : [];
  const relevance = relativeRelevance(hits);
  const shared = rankBySharedValues(index, visible, { tag: draft.tags, component: draft.components }, { tag: SIMILARITY_WEIGHTS.tag, component: SIMILARITY_WEIGHTS.component }, POOL, self?.id);

  const tags = new Set(draft.tags);
  const components = new Set(draft.components);
  const ids = [...new Set([...hits.map((hit) => hit.id), ...shared.map((s) => s.id)])];
  const candidates: SimilarCandidate[] = ids.map((id) => {
    const values = index.get(id)!.values;
    return {
      id,
      text: relevance.get(id) ?? 0,
      sharedTags: values.tag.filter((slug) => tags.has(slug)),
      sharedComponents: values.component.filter((slug) => components.has(slug)),
    };
  });
  const ranked = rankSimilar(candidates, limit);
  const shown = ranked.map((r) => r.id);
  const [cards, snippets] = await Promise.all([
    getCards(shown),
    query && ranked.some((r) => r.text > 0) ? sql().ftsSnippets(query, ranked.filter((r) => r.text > 0).map((r) => r.id)) : new Map<number, string>(),
  ]);
  const byId = new Map(cards.map((card) => [card.id, card]));
  return ranked.flatMap((r) => {
    const card = byId.get(r.id);
    if (!card) return [];
    // Snippets come from the prose; a word found in the title shows there instead.
    const inTitle = r.text > 0 ? telling.filter((word) => card.title.toLowerCase().match(new RegExp(`\\b${word}`, "u"))) : [];
    const marked = [...(snippets.get(r.id) ?? "").matchAll(MARKED)].map((m) => m[1]!.toLowerCase());
    const words = [...new Set([...inTitle, ...marked])].slice(0, 5);
    return [
      {
        slug: card.slug,
        title: card.title,
        organization: card.organization,
        coverage: card.coverage,
        year: card.incidentDate.getUTCFullYear(),
        reasons: {
          words,
          tags: card.tags.filter((t) => tags.has(t.slug)).map((t) => t.name),
          components: card.components.filter((c) => components.has(c.slug)).map((c) => c.name),
        },
      },
    ];
  });
}

export type SimilarStory = Awaited<ReturnType<typeof similarStories>>[number];
