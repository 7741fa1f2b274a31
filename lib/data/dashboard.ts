import "server-only";
import type { Viewer } from "@/lib/auth/viewer-types";
import { getCatalogCounts } from "@/lib/data/search";
import { getLatestPostmortems } from "@/lib/data/postmortems";
import { getTaxonomy } from "@/lib/data/taxonomy";
import { SEVERITIES } from "@/lib/validation/vocabulary";

/** Everything the home page shows: totals by tier and category, the category grid and the latest stories. */
export async function getDashboard(viewer: Viewer | null) {
  const [{ total, counts }, publicOnly, taxonomy, latest] = await Promise.all([
    getCatalogCounts(viewer),
    // The introduction counts public stories; a member's own team's postmortems (drafts too) are not among them.
    viewer ? getCatalogCounts(null) : null,
    getTaxonomy(),
    getLatestPostmortems(viewer, 5),
  ]);
  const coverage = (publicOnly ?? { counts }).counts.coverage;
  return {
    total,
    retold: coverage.get("retold") ?? 0,
    listed: coverage.get("listed") ?? 0,
    bySeverity: SEVERITIES.map((severity) => ({ severity, count: counts.severity.get(severity) ?? 0 })),
    categories: taxonomy.activeCategories.map((c) => ({
      slug: c.slug,
      name: c.name,
      description: c.description,
      count: counts.category.get(c.slug) ?? 0,
      tagCount: c.tags.length,
    })),
    latest,
  };
}

export type CategorySummary = Awaited<ReturnType<typeof getDashboard>>["categories"][number];
