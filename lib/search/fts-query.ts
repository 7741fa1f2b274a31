// Turns whatever a user types into a safe FTS5 MATCH expression.
// Every word is emitted inside double quotes, so FTS5 syntax in the input (quotes, parentheses,
// column filters, NEAR, ^, :) is never interpreted. Supported on purpose: "quoted phrases",
// a trailing * for prefix search, and an upper-case OR between terms. Everything else is AND.

const WORD = /[\p{L}\p{N}\p{M}]+/gu;
const TOKEN = /"([^"]*)"?|(\S+)/g;

function phrase(text: string, prefix: boolean): string | null {
  const words = text.match(WORD);
  if (!words) return null;
  return `"${words.join(" ")}"${prefix ? "*" : ""}`;
}

/** Returns an FTS5 query, or null when the input has nothing searchable in it. */
export function toFtsQuery(input: string): string | null {
  const groups: string[][] = [[]];
  for (const match of input.matchAll(TOKEN)) {
    const [, quoted, bare] = match;
    if (bare === "OR") {
      groups.push([]);
      continue;
    }
    if (bare === "AND") continue;
    const term = quoted !== undefined ? phrase(quoted, false) : phrase(bare ?? "", /[\p{L}\p{N}]\*+$/u.test(bare ?? ""));
    if (term) groups[groups.length - 1]!.push(term);
  }
  const nonEmpty = groups.filter((group) => group.length > 0).map((group) => group.join(" "));
  if (nonEmpty.length === 0) return null;
  return nonEmpty.length === 1 ? nonEmpty[0]! : nonEmpty.map((group) => `(${group})`).join(" OR ");
}
