import { Callout } from "@/components/mdx/callout";

/** The one component map for curated MDX. Anything a story uses must be listed here. */
export const mdxComponents = { Callout };
