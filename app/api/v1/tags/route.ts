import { apiRoute } from "@/lib/api/api-route";
import { json } from "@/lib/api/respond";
import { getCatalogCounts } from "@/lib/data/search";
import { getTaxonomy } from "@/lib/data/taxonomy";
import { viewerFromRequest } from "@/lib/auth/session";

async function list(request: Request) {
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

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = apiRoute({ GET: list });
