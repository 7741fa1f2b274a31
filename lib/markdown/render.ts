import rehypeSanitize, { defaultSchema } from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import type { Root as HastRoot } from "hast";
import type { Root } from "mdast";
import { htmlToText } from "@/lib/text";

// Raw HTML typed into Markdown is shown as the text it is, never parsed as markup.
function rawHtmlAsText() {
  return (tree: Root) => {
    const visit = (node: { type: string; value?: string; children?: unknown[] }) => {
      if (node.type === "html") node.type = "text";
      node.children?.forEach((child) => visit(child as typeof node));
    };
    visit(tree as never);
  };
}

// The narrative renders under the page's h2 "The story": # becomes h3, ## h4 … (capped at h6).
function demoteHeadings() {
  return (tree: Root) => {
    const visit = (node: { type: string; depth?: number; children?: unknown[] }) => {
      if (node.type === "heading" && node.depth) node.depth = Math.min(6, node.depth + 2) as 1;
      node.children?.forEach((child) => visit(child as typeof node));
    };
    visit(tree as never);
  };
}

// Defence in depth: even if something slipped past, only safe elements, attributes and http(s)/mailto links survive.
const schema = {
  ...defaultSchema,
  protocols: { ...defaultSchema.protocols, href: ["http", "https", "mailto"], src: ["http", "https"] },
};

// Inline mode, for one-paragraph fields such as impact or root cause shown inside a sentence-sized slot:
// only phrasing markup survives; blocks (headings, lists, quotes) are unwrapped to their text, and
// paragraphs are separated by line breaks.
const INLINE_TAGS = ["a", "code", "em", "strong", "del", "br"];
const inlineSchema = { ...schema, tagNames: INLINE_TAGS, attributes: { a: ["href", "title"] } };

function paragraphsAsLineBreaks() {
  return (tree: HastRoot) => {
    // Raw HTML typed on its own line arrives as a text node beside the paragraphs: keep it, drop only blank text.
    const blocks = tree.children.filter((node) => node.type !== "text" || node.value.trim() !== "");
    tree.children = blocks.flatMap((node, i) =>
      i === 0
        ? [node]
        : [{ type: "element", tagName: "br", properties: {}, children: [] }, { type: "element", tagName: "br", properties: {}, children: [] }, node],
    ) as HastRoot["children"];
  };
}

const parse = () => unified().use(remarkParse).use(remarkGfm).use(rawHtmlAsText);

const processor = parse().use(demoteHeadings).use(remarkRehype).use(rehypeSanitize, schema).use(rehypeStringify);
const inlineProcessor = parse().use(remarkRehype).use(paragraphsAsLineBreaks).use(rehypeSanitize, inlineSchema).use(rehypeStringify);

/**
 * Renders untrusted, user-written Markdown (GFM) to sanitized HTML. It is never evaluated:
 * no MDX, no scripts, no event handlers, no javascript: or data: URLs. `inline` keeps only phrasing
 * markup (code, emphasis, links), for short fields shown next to a label.
 */
export function renderMarkdown(markdown: string, mode: "block" | "inline" = "block"): string {
  const key = `${mode}\u0000${markdown}`;
  const held = rendered.get(key);
  if (held !== undefined) {
    rendered.delete(key); // most recently used last
    rendered.set(key, held);
    return held;
  }
  const html = String((mode === "inline" ? inlineProcessor : processor).processSync(markdown));
  remember(key, html);
  return html;
}

// Rendering is pure and costs ~1 ms per KB, and a published story is read far more often than it is edited:
// recent results are kept, least recently used first out, within a budget of characters.
const RENDERED_BUDGET = 8_000_000;
const rendered = new Map<string, string>();
let renderedSize = 0;

function remember(key: string, html: string) {
  rendered.set(key, html);
  renderedSize += key.length + html.length;
  for (const [oldKey, oldHtml] of rendered) {
    if (renderedSize <= RENDERED_BUDGET) break;
    rendered.delete(oldKey);
    renderedSize -= oldKey.length + oldHtml.length;
  }
}

export const markdownToText = (markdown: string) => htmlToText(renderMarkdown(markdown));
