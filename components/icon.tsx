import type { SVGProps } from "react";
import type { IconNode } from "lucide";
import { Markup, markup } from "@/lib/html/markup";

// Lucide's shapes are a few element and attribute names; anything else would be a change in lucide to look at.
const SHAPES = new Set(["path", "circle", "ellipse", "line", "polygon", "polyline", "rect"]);
const ATTRIBUTE = /^[a-z][a-z0-9-]*$/i;

/** An icon's shapes as markup (names checked, values escaped): the icon is one element, not one per shape. */
export function iconShapes(node: IconNode): Markup {
  return markup`${node.map(([tag, attributes]) => {
    if (!SHAPES.has(tag)) throw new Error(`Unexpected icon element <${tag}>`);
    const pairs = Object.entries(attributes).map(([name, value]) => {
      if (!ATTRIBUTE.test(name)) throw new Error(`Unexpected icon attribute ${name}`);
      return markup` ${new Markup(name)}="${String(value)}"`;
    });
    return markup`<${new Markup(tag)}${pairs}></${new Markup(tag)}>`;
  })}`;
}

/** The whole icon as markup, for fragments built as strings (lib/html/markup.ts); the same SVG as Icon draws. */
export function iconMarkup(node: IconNode, className: string): Markup {
  return markup`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false" class="${className}">${iconShapes(node)}</svg>`;
}

/**
 * A Lucide icon (the `lucide` package's shapes) drawn as plain SVG, decorative: the text beside it names it.
 * lucide-react draws its icons with a client component, so every icon on a page was a client reference to hydrate,
 * and every reading page carried lucide-react's runtime in its JavaScript; these are markup only.
 */
export function Icon({ node, className, ...props }: { node: IconNode; className?: string } & Omit<SVGProps<SVGSVGElement>, "children">) {
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
      className={className}
      {...props}
      dangerouslySetInnerHTML={{ __html: iconShapes(node).html }}
    />
  );
}
