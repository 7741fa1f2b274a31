import type { Tx } from "@/lib/data/postmortem-children";

/** Content files may still name a tag that was renamed or merged in the app; map each slug to the tag it now means. */
export async function followTagRedirects(tx: Tx, slugs: string[]): Promise<string[]> {
  const redirects = await tx.tagRedirect.findMany({ where: { fromSlug: { in: slugs } }, select: { fromSlug: true, tag: { select: { slug: true } } } });
  const to = new Map(redirects.map((r) => [r.fromSlug, r.tag.slug]));
  return [...new Set(slugs.map((slug) => to.get(slug) ?? slug))];
}
