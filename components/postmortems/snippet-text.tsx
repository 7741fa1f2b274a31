import { markup } from "@/lib/html/markup";
import type { SnippetSegment } from "@/lib/search/snippet";

/** Search snippet with matches highlighted; text is escaped as text (lib/html/markup.ts), never read as HTML. */
export function SnippetText({ segments }: { segments: SnippetSegment[] }) {
  const html = markup`${segments.map((segment) => (segment.highlight ? markup`<mark>${segment.text}</mark>` : markup`<span>${segment.text}</span>`))}`;
  return <p className="text-sm muted" dangerouslySetInnerHTML={{ __html: html.html }} />;
}
