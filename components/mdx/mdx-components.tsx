import type { ComponentProps } from "react";
import { Callout } from "@/components/mdx/callout";

/**
 * The one component map for curated MDX. Anything a story uses must be listed here.
 * The body renders under the page's "The story" h2, so Markdown headings move down one level.
 */
export const mdxComponents = {
  Callout,
  h2: (props: ComponentProps<"h3">) => <h3 {...props} />,
  h3: (props: ComponentProps<"h4">) => <h4 {...props} />,
};
