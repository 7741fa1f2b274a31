import type { SearchQuery } from "@/lib/search/fts-query";

// What "similar" means while a team files a postmortem: the words of its draft that carry meaning (title twice as
// telling as the rest), searched as alternatives, plus the root-cause tags and components it shares with a story.

const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu;
/** Words too common in any write-up to tell incidents apart. */
const STOPWORDS = new Set(
  (
    "a about after again all also an and any are as at be because been before being between both but by can could did do does " +
    "down during each few for from further had has have having he her here him his how i if in into is it its just more most " +
    "no nor not now of off on once only or other our out over own same she should so some such than that the their them then " +
    "there these they this those through to too under until up very was we were what when where which while who why will with " +
    "would you your incident incidents outage outages postmortem issue problem caused cause causes due went got new our us"
  ).split(" "),
);

/** At most this many words reach the search: enough to find the story, few enough to stay fast at 100k stories. */
export const MAX_SALIENT_WORDS = 10;

/** The draft's telling words, most telling first: repeated ones, then title words, then in order of appearance. */
export function salientWords(draft: { title: string; summary: string; rootCause: string }, max = MAX_SALIENT_WORDS): string[] {
  const scores = new Map<string, { score: number; first: number }>();
  let position = 0;
  for (const [text, weight] of [
    [draft.title, 2],
    [draft.summary, 1],
    [draft.rootCause, 1],
  ] as const) {
    for (const match of text.toLowerCase().matchAll(WORD)) {
      const word = match[0];
      if (word.length < 3 || STOPWORDS.has(word) || /^\d+$/.test(word)) continue;
      const seen = scores.get(word) ?? { score: 0, first: position++ };
      seen.score += weight;
      scores.set(word, seen);
    }
  }
  return [...scores.entries()]
    .sort(([, a], [, b]) => b.score - a.score || a.first - b.first)
    .slice(0, max)
    .map(([word]) => word);
}

/**
 * A word in more stories than this says little about which incident a draft resembles ("pods", "cluster" in a
 * large catalogue), and ranking every story it is in would cost hundreds of milliseconds at 100k stories.
 */
export const COMMON_WORD_DOCS = 2_000;
/** The words searched together match at most about this many stories, so ranking them stays cheap. */
export const RANKED_HITS_BUDGET = 4_000;

/**
 * The words worth searching, given how many stories each is in: the rarest first, while their hits fit the budget.
 * Words in no story, or in more than COMMON_WORD_DOCS, are left out. In a small catalogue every word is kept.
 */
export function tellingWords(counts: { word: string; docs: number }[]): string[] {
  const kept: string[] = [];
  let total = 0;
  for (const { word, docs } of [...counts].sort((a, b) => a.docs - b.docs)) {
    if (docs === 0) continue;
    if (docs > COMMON_WORD_DOCS || total + docs > RANKED_HITS_BUDGET) break;
    total += docs;
    kept.push(word);
  }
  return kept;
}

/** The words as alternatives (any of them matches): a query tree, so no character can become search syntax. */
export const anyOf = (words: string[]): SearchQuery | null => (words.length ? words.map((word) => [{ words: [word], prefix: false }]) : null);

export const SIMILARITY_WEIGHTS = { text: 4, tag: 2, component: 1 } as const;

export type SimilarCandidate = {
  id: number;
  /** Full-text relevance relative to the best hit, in [0, 1]; 0 when the words did not match. */
  text: number;
  sharedTags: string[];
  sharedComponents: string[];
};

/** Relevance of each hit relative to the best one (ranks are "lower is better", all of one sign). */
export function relativeRelevance(hits: { id: number; rank: number }[]): Map<number, number> {
  const best = hits.reduce((min, hit) => Math.min(min, hit.rank), 0);
  return new Map(hits.map((hit) => [hit.id, best < 0 ? Math.max(0, Math.min(1, hit.rank / best)) : 0]));
}

/**
 * Orders candidates by combined similarity: text relevance (weight 4 for the best hit), each shared tag (2) and
 * component (1). Ties keep the order the candidates came in (the caller lists text hits first, best first).
 */
export function rankSimilar(candidates: SimilarCandidate[], limit: number) {
  const score = (c: SimilarCandidate) =>
    SIMILARITY_WEIGHTS.text * c.text + SIMILARITY_WEIGHTS.tag * c.sharedTags.length + SIMILARITY_WEIGHTS.component * c.sharedComponents.length;
  return candidates
    .map((candidate, order) => ({ candidate: { ...candidate, score: score(candidate) }, order }))
    .filter(({ candidate }) => candidate.score > 0)
    .sort((a, b) => b.candidate.score - a.candidate.score || a.order - b.order)
    .slice(0, limit)
    .map(({ candidate }) => candidate);
}
