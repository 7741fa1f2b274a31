import type { Markup } from "@/lib/html/markup";

/**
 * Markup built with lib/html/markup.ts, in a wrapper that takes no part in layout (`display: contents`): its
 * children sit in the parent's flex row or grid as if they were its own.
 */
export function HtmlFragment({ markup }: { markup: Markup | null }) {
  return markup ? <span className="contents" dangerouslySetInnerHTML={{ __html: markup.html }} /> : null;
}
