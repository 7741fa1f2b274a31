// FTS5 marks matches in snippets with these control characters; they never occur in stored text,
// so the snippet can be split into plain-text segments and highlighted without trusting any HTML.
export const MARK_START = "\u0002";
export const MARK_END = "\u0003";

export type SnippetSegment = { text: string; highlight: boolean };

export function parseSnippet(raw: string): SnippetSegment[] {
  const segments: SnippetSegment[] = [];
  for (const part of raw.split(MARK_START)) {
    const [marked, rest] = part.includes(MARK_END) ? part.split(MARK_END, 2) : [null, part];
    if (marked) segments.push({ text: marked, highlight: true });
    if (rest) segments.push({ text: rest.replaceAll(MARK_END, ""), highlight: false });
  }
  return segments;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/** HTML for API clients: all text escaped, matches wrapped in <mark>. */
export function snippetToHtml(segments: SnippetSegment[]): string {
  return segments.map((s) => (s.highlight ? `<mark>${escapeHtml(s.text)}</mark>` : escapeHtml(s.text))).join("");
}
