import type { SnippetSegment } from "@/lib/search/snippet";

/** Search snippet with matches highlighted; text is rendered as text, never as HTML. */
export function SnippetText({ segments }: { segments: SnippetSegment[] }) {
  return (
    <p className="text-sm muted">
      {segments.map((segment, i) => (segment.highlight ? <mark key={i}>{segment.text}</mark> : <span key={i}>{segment.text}</span>))}
    </p>
  );
}
