// Help for searches that found nothing: close matches for a typo, and a note when the query is in another script.
// Pure functions; lib/data/search.ts feeds them the index vocabulary.

/**
 * Damerau-Levenshtein distance (optimal string alignment: insertions, deletions, substitutions and
 * transpositions of neighbours), giving up as soon as it must exceed `max` and returning max + 1 then.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    before = previous;
    previous = current;
  }
  return Math.min(previous[b.length]!, max + 1);
}

// The index stores Porter stems ("kubernetes" → "kubernet"), so a typed word is also compared without its suffix.
const SUFFIXES = ["ations", "ation", "ings", "ing", "ies", "es", "ed", "ly", "s", "e"];
function withoutSuffix(word: string): string {
  const suffix = SUFFIXES.find((s) => word.endsWith(s) && word.length - s.length >= 3);
  return suffix ? word.slice(0, -suffix.length) : word;
}

export type VocabularyTerm = { term: string; docs: number };
export const MAX_DISTANCE = 2;

/**
 * How many edits a typed word may be from a suggestion: one up to six letters, two from seven. Two edits turn
 * too many short words into others ("column" into the stem of "communicate", "straße" into "start").
 */
const allowedDistance = (word: string) => (word.length >= 7 ? MAX_DISTANCE : 1);

/** The vocabulary terms within the word's allowed distance, closest first, then the most widely used. */
export function closeTerms(word: string, vocabulary: VocabularyTerm[], limit = 3): VocabularyTerm[] {
  const forms = [...new Set([word, withoutSuffix(word)])];
  const allowed = allowedDistance(word);
  return vocabulary
    .map((v) => ({ ...v, distance: Math.min(...forms.map((form) => editDistance(form, v.term, allowed))) }))
    .filter((v) => v.distance <= allowed && v.term !== word)
    .sort((x, y) => x.distance - y.distance || y.docs - x.docs || x.term.localeCompare(y.term))
    .slice(0, limit)
    .map(({ term, docs }) => ({ term, docs }));
}

/** Lower-case words worth checking for typos: letters only, at least four of them (shorter ones match too much). */
export function typoCandidates(query: string, max = 4): string[] {
  const words = (query.toLowerCase().match(/\p{L}+/gu) ?? []).filter((w) => w.length >= 4 && w !== "or" && w !== "and");
  return [...new Set(words)].slice(0, max);
}

/** The bounds of a vocabulary range query: same first letter, and a length the distance can bridge. */
export function candidateRange(word: string): { from: string; to: string; minLength: number; maxLength: number } {
  const first = word[0]!;
  return {
    from: first,
    to: String.fromCodePoint(first.codePointAt(0)! + 1),
    minLength: Math.max(2, withoutSuffix(word).length - MAX_DISTANCE),
    maxLength: word.length + MAX_DISTANCE,
  };
}

const SCRIPTS: [string, RegExp][] = [
  ["Cyrillic", /\p{Script=Cyrillic}/u],
  ["Greek", /\p{Script=Greek}/u],
  // Kana first: Japanese also writes with Han characters, which alone cannot tell Chinese from Japanese.
  ["Japanese", /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ["Chinese characters", /\p{Script=Han}/u],
  ["Korean", /\p{Script=Hangul}/u],
  ["Arabic", /\p{Script=Arabic}/u],
  ["Hebrew", /\p{Script=Hebrew}/u],
  ["Devanagari", /\p{Script=Devanagari}/u],
  ["Thai", /\p{Script=Thai}/u],
];

/** The script of a query with letters but none in the Latin script (the atlas is written in English), or null. */
export function foreignScript(query: string): string | null {
  if (!/\p{L}/u.test(query) || /\p{Script=Latin}/u.test(query)) return null;
  return SCRIPTS.find(([, pattern]) => pattern.test(query))?.[0] ?? "another script";
}

const normalise = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");

/** A name run together from each of its words on ("cpu-limits": "cpulimits", "limits"). */
const fromEachWord = (name: string) => {
  const words = name
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  return words.map((_, i) => words.slice(i).join(""));
};

/**
 * Whether a query names a tag: one of its names reads on from the query at the start of a word ("conntrack" names
 * "dns-conntrack", "it's" does not name "cpu-limits"), the query contains a whole name, or it is a typo away.
 */
export function namesTag(query: string, names: string[]): boolean {
  const q = normalise(query);
  if (q.length < 3) return false;
  const limit = q.length >= 8 ? 2 : 1;
  return names.some((name) => {
    const whole = normalise(name);
    if (whole.length < 3) return false;
    return fromEachWord(name).some((rest) => rest.startsWith(q)) || q.includes(whole) || editDistance(q, whole, limit) <= limit;
  });
}
