/**
 * Finds YAML comments that silently cut an unquoted value short.
 *
 * In a YAML plain (unquoted) scalar, whitespace followed by `#` starts a comment, so
 * `resolution: fixed in PR #206` is parsed as "fixed in PR" with no error. js-yaml (behind gray-matter) does not
 * report comments, so this is a line-based check on the raw text. It knows the YAML it has to skip:
 * block scalars (`|`, `>`: a `#` inside them is text), single- and double-quoted strings (also across lines),
 * and whole-line comments (kept as a deliberate way to annotate a file).
 */
export type TrailingComment = { line: number; column: number };

type State = { kind: "plain" } | { kind: "block"; parentColumn: number } | { kind: "quoted"; quote: '"' | "'" };

const indentOf = (line: string) => line.length - line.trimStart().length;

/** The index just after the closing quote, or -1 when the string runs on to a later line. */
function closingQuote(text: string, from: number, quote: '"' | "'"): number {
  for (let i = from; i < text.length; i++) {
    if (quote === '"' && text[i] === "\\") i++;
    else if (text[i] === quote) {
      if (quote === "'" && text[i + 1] === "'") i++;
      else return i + 1;
    }
  }
  return -1;
}

/** Where a ` #` comment starts in a plain value, or -1. `#` at the very start of the value is a comment too. */
const commentStart = (value: string) => {
  const match = /(^|[ \t])#/.exec(value);
  return match ? match.index + (match[1] ?? "").length : -1;
};

// A mapping key (plain or quoted) followed by `:` and a space or the end of the line.
const KEY = /^(?:"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s#'"\-?:,[\]{}][^#]*?|-[^\s#][^#]*?)[ \t]*:(?=[ \t]|$)[ \t]*/;
const BLOCK_HEADER = /^[|>][+-]?[1-9]?[+-]?(?:[ \t]+#.*)?$/;

/**
 * Lines (1-based, counted from the start of `text`) where a comment follows a plain value on the same line.
 * `firstLine` shifts the numbers, for frontmatter that starts below a `---` line.
 */
export function findTrailingComments(text: string, firstLine = 1): TrailingComment[] {
  const found: TrailingComment[] = [];
  let state: State = { kind: "plain" };
  text.split(/\r?\n/).forEach((line, index) => {
    const lineNumber = index + firstLine;
    if (state.kind === "block") {
      if (!line.trim() || indentOf(line) > state.parentColumn) return;
      state = { kind: "plain" };
    }
    if (state.kind === "quoted") {
      const end = closingQuote(line, 0, state.quote);
      if (end === -1) return;
      state = { kind: "plain" };
      return;
    }
    // Strip indentation and any `- ` sequence markers to reach the node this line starts.
    let column = indentOf(line);
    let parentColumn = column;
    let rest = line.slice(column);
    for (let dash = /^-(?:[ \t]+|$)/.exec(rest); dash; dash = /^-(?:[ \t]+|$)/.exec(rest)) {
      parentColumn = column;
      column += dash[0].length;
      rest = rest.slice(dash[0].length);
    }
    if (!rest || rest.startsWith("#")) return;
    const key = KEY.exec(rest);
    const valueColumn = column + (key ? key[0].length : 0);
    const value = key ? rest.slice(key[0].length) : rest;
    if (!value || value.startsWith("#")) return;
    if (BLOCK_HEADER.test(value)) {
      // Block content is indented past its key, or past the `-` of a sequence entry that is the block itself.
      state = { kind: "block", parentColumn: key ? column : parentColumn };
      return;
    }
    if (value.startsWith('"') || value.startsWith("'")) {
      const quote = value[0] as '"' | "'";
      if (closingQuote(value, 1, quote) === -1) state = { kind: "quoted", quote };
      return;
    }
    // Flow collections (`[a, b]`) hold short slugs here; a comment after them is deliberate, so only plain text counts.
    if (value.startsWith("[") || value.startsWith("{")) return;
    const at = commentStart(value);
    if (at !== -1) found.push({ line: lineNumber, column: valueColumn + at + 1 });
  });
  return found;
}

/** The frontmatter between the opening and closing `---` lines, and the file line its first line is on. */
export function frontmatterText(raw: string): { text: string; firstLine: number } | null {
  const lines = raw.split(/\r?\n/);
  if (lines[0]?.trim() !== "---") return null;
  const end = lines.findIndex((line, i) => i > 0 && line.trim() === "---");
  if (end === -1) return null;
  return { text: lines.slice(1, end).join("\n"), firstLine: 2 };
}
