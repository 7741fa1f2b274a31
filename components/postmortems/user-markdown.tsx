import { renderMarkdown } from "@/lib/markdown/render";

/** User-written Markdown, rendered to sanitized HTML on the server (see lib/markdown/render.ts). Never MDX. */
export function UserMarkdown({ markdown }: { markdown: string }) {
  if (!markdown.trim()) return <p className="text-sm muted">No narrative yet.</p>;
  return <div className="prose" dangerouslySetInnerHTML={{ __html: renderMarkdown(markdown) }} />;
}

/** A short field (impact, root cause…) as inline Markdown: `code`, emphasis and links, sanitized the same way. */
export function InlineMarkdown({ markdown }: { markdown: string }) {
  return <span className="prose-inline" dangerouslySetInnerHTML={{ __html: renderMarkdown(markdown, "inline") }} />;
}
