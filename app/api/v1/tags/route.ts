import { json } from "@/lib/api/respond";
import { getCatalogCounts } from "@/lib/data/catalog";
import { getTaxonomy } from "@/lib/data/taxonomy";
import { viewerFromRequest } from "@/lib/auth/session";

export async function GET(request: Request) {
  const [taxonomy, { counts }] = await Promise.all([getTaxonomy(), getCatalogCounts(await viewerFromRequest(request))]);
  return json({
    items: taxonomy.tags.map((tag) => ({
      slug: tag.slug,
      name: tag.name,
      description: tag.description,
      category: { slug: tag.category.slug, name: tag.category.name },
      count: counts.tag.get(tag.slug) ?? 0,
    })),
  });
}
