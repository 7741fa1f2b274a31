import { createElement, type SVGProps } from "react";
import type { IconNode } from "lucide";

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
    >
      {node.map(([tag, attributes], i) => createElement(tag, { key: i, ...attributes }))}
    </svg>
  );
}
