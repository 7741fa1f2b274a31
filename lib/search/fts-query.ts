// Turns whatever a user types into a search query tree, then into each database's query syntax.
// Supported on purpose: "quoted phrases", a trailing * for prefix search, and an upper-case OR between terms.
// Everything else is AND, and every other character is plain text: only letters, digits and marks reach a query,
// so FTS5 syntax (quotes, parentheses, column filters, NEAR, ^, :) or tsquery syntax is never interpreted.

const WORD = /[\p{L}\p{N}\p{M}]+/gu;
const TOKEN = /"([^"]*)"?|(\S+)/g;

/** One phrase (one word or several in a row), optionally with a prefix match on its last word. */
export type QueryTerm = { words: string[]; prefix: boolean };
/** Alternatives (upper-case OR) of terms that must all match. */
export type SearchQuery = QueryTerm[][];

function term(text: string, prefix: boolean): QueryTerm | null {
  const words = text.match(WORD);
  return words ? { words, prefix } : null;
}

/** Returns the query tree, or null when the input has nothing searchable in it. */
export function parseSearchQuery(input: string): SearchQuery | null {
  const groups: QueryTerm[][] = [[]];
  for (const match of input.matchAll(TOKEN)) {
    const [, quoted, bare] = match;
    if (bare === "OR") {
      groups.push([]);
      continue;
    }
    if (bare === "AND") continue;
    const parsed = quoted !== undefined ? term(quoted, false) : term(bare ?? "", /[\p{L}\p{N}]\*+$/u.test(bare ?? ""));
    if (parsed) groups[groups.length - 1]!.push(parsed);
  }
  const nonEmpty = groups.filter((group) => group.length > 0);
  return nonEmpty.length === 0 ? null : nonEmpty;
}

/** A query for one word or index term, as the spelling suggestions look them up. */
export const wordQuery = (word: string): SearchQuery => [[{ words: [word], prefix: false }]];

/** The SQLite FTS5 MATCH expression: every phrase in double quotes. */
export function ftsExpression(query: SearchQuery): string {
  const groups = query.map((group) => group.map((t) => `"${t.words.join(" ")}"${t.prefix ? "*" : ""}`).join(" "));
  return groups.length === 1 ? groups[0]! : groups.map((group) => `(${group})`).join(" OR ");
}

/** The PostgreSQL to_tsquery text: each word quoted (normalised by the text search configuration), phrases with <->. */
export function tsQueryExpression(query: SearchQuery): string {
  const phrase = (t: QueryTerm) => t.words.map((w) => `'${w}'`).join(" <-> ") + (t.prefix ? ":*" : "");
  const groups = query.map((group) => group.map((t) => (t.words.length > 1 ? `(${phrase(t)})` : phrase(t))).join(" & "));
  return groups.length === 1 ? groups[0]! : groups.map((group) => `(${group})`).join(" | ");
}

/** Returns an FTS5 query, or null when the input has nothing searchable in it. */
export function toFtsQuery(input: string): string | null {
  const query = parseSearchQuery(input);
  return query && ftsExpression(query);
}
