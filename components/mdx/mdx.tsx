/**
 * Curated MDX, rendered to HTML once at content sync (lib/content/compile.ts) from trusted files in content/.
 * Never user text: that goes through lib/markdown and rehype-sanitize.
 */
export function Mdx({ html }: { html: string }) {
  return <div className="prose" dangerouslySetInnerHTML={{ __html: html }} />;
}
