export type SuggestTerm = { slug: string; name: string; synonyms?: string[] };
export type Suggestion = { slug: string; matched: string; hits: number };

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A term matches as whole words; hyphens and spaces are interchangeable ("alias-ip" matches "alias IP"). */
function termPattern(term: string) {
  const words = term
    .toLowerCase()
    .split(/[\s-]+/)
    .filter(Boolean)
    .map(escape);
  return words.length ? new RegExp(`(?<![\\p{L}\\p{N}])${words.join("[\\s-]+")}(?![\\p{L}\\p{N}])`, "gu") : null;
}

/**
 * Taxonomy entries whose name, slug or synonyms appear in the text, most mentioned first. Terms shorter
 * than three characters are ignored; they match too much prose to be useful.
 */
export function suggestFromText(text: string, terms: SuggestTerm[], exclude: string[] = [], limit = 8): Suggestion[] {
  const haystack = text.toLowerCase();
  const found: Suggestion[] = [];
  for (const term of terms) {
    if (exclude.includes(term.slug)) continue;
    let best: Suggestion | null = null;
    for (const candidate of new Set([term.name, term.slug, ...(term.synonyms ?? [])])) {
      if (candidate.replace(/[\s-]/g, "").length < 3) continue;
      const pattern = termPattern(candidate);
      const hits = pattern ? (haystack.match(pattern)?.length ?? 0) : 0;
      if (hits > (best?.hits ?? 0)) best = { slug: term.slug, matched: candidate, hits };
    }
    if (best) found.push(best);
  }
  return found.sort((a, b) => b.hits - a.hits || a.slug.localeCompare(b.slug)).slice(0, limit);
}
