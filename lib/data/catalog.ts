import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer-types";
import { visiblePostmortems } from "@/lib/data/visibility";
import { applyFacets, type FacetRow } from "@/lib/search/facets";

export type CatalogRow = FacetRow & { slug: string; incidentDate: Date };

/**
 * The facet attributes of every postmortem the reader may see. Browse, counts, related stories and
 * the dashboard all start from these rows, so they can never disagree about what is visible.
 */
export const getCatalogRows = cache(async (viewer: Viewer | null): Promise<CatalogRow[]> => {
  const rows = await db.postmortem.findMany({
    where: visiblePostmortems(viewer),
    select: {
      id: true,
      slug: true,
      severity: true,
      platform: true,
      incidentDate: true,
      tags: { select: { tag: { select: { slug: true, category: { select: { slug: true } } } } } },
      components: { select: { component: { select: { slug: true } } } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    slug: row.slug,
    incidentDate: row.incidentDate,
    severity: [row.severity],
    platform: [row.platform],
    year: [String(row.incidentDate.getUTCFullYear())],
    tag: row.tags.map((t) => t.tag.slug),
    category: [...new Set(row.tags.map((t) => t.tag.category.slug))],
    component: row.components.map((c) => c.component.slug),
  }));
});

/** Counts of visible postmortems per facet value, with no filters applied. */
export async function getCatalogCounts(viewer: Viewer | null) {
  const rows = await getCatalogRows(viewer);
  return { total: rows.length, counts: applyFacets(rows, {}).counts };
}
