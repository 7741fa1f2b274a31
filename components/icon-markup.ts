import type { IconNode } from "lucide";
import { escapeHtml, Markup } from "@/lib/html/markup";

// Icons for fragments built as strings (lib/html/markup.ts), such as the severity badge on every card of a list;
// components/icon.tsx draws them as React elements elsewhere, client components included, whose JavaScript this
// module stays out of. Lucide's shapes use a few element and attribute names, and values that are numbers, path
// data or a colour keyword: checked here, they need no escaping, and anything else is a change in lucide to look at.
const SHAPES = new Set(["path", "circle", "ellipse", "line", "polygon", "polyline", "rect"]);
const ATTRIBUTE = /^[a-z][a-z0-9-]*$/i;
const VALUE = /^[\w\s.,#-]*$/;

/** An icon's shapes as HTML (names and values checked). */
export function iconShapes(node: IconNode): string {
  return node
    .map(([tag, attributes]) => {
      if (!SHAPES.has(tag)) throw new Error(`Unexpected icon element <${tag}>`);
      const pairs = Object.entries(attributes).map(([name, value]) => {
        if (!ATTRIBUTE.test(name) || !VALUE.test(String(value))) throw new Error(`Unexpected icon attribute ${name}="${String(value)}"`);
        return ` ${name}="${String(value)}"`;
      });
      return `<${tag}${pairs.join("")}></${tag}>`;
    })
    .join("");
}

/** The same SVG as components/icon.tsx's Icon draws, as markup; `className` is escaped. */
export function iconMarkup(node: IconNode, className: string): Markup {
  const root = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false"`;
  return new Markup(`${root} class="${escapeHtml(className)}">${iconShapes(node)}</svg>`);
}
