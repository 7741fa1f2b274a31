import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { getCatalogIndex, readerOf, withCoverage } from "@/lib/data/catalog";
import { rankBySharedValues } from "@/lib/search/related";
import { getCards } from "@/lib/data/cards";
import { linkedPostmortemIds } from "@/lib/data/looks-like";
import { canRead } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer-types";

/** One postmortem with everything the detail page and API show, or null if the viewer may not read it. Not memoised: for loops such as a team export. */
export async function loadPostmortem(slug: string, viewer: Viewer | null) {
  const row = await db.postmortem.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      kind: true,
      status: true,
      visibility: true,
      archivedAt: true,
      version: true,
      teamId: true,
      team: { select: { slug: true, name: true, requireSecondReviewer: true } },
      createdById: true,
      createdBy: { select: { name: true } },
      publishedAt: true,
      publishedBy: { select: { name: true } },
      submittedAt: true,
      reviewNote: true,
      reviewNoteBy: { select: { name: true } },
      kubernetesVersion: true,
      title: true,
      organization: true,
      severity: true,
      incidentDate: true,
      datePrecision: true,
      dateNote: true,
      durationMinutes: true,
      durationApproximate: true,
      durationNote: true,
      platform: true,
      environment: true,
      summary: true,
      impact: true,
      trigger: true,
      rootCause: true,
      detection: true,
      resolution: true,
      caveats: true,
      body: true,
      coverage: true,
      origin: true,
      involved: true,
      tierRule: true,
      retoldAs: true,
      updatedAt: true,
      tags: { select: { tag: { select: { slug: true, name: true, category: { select: { slug: true, name: true } } } } } },
      components: { select: { component: { select: { slug: true, name: true } } } },
      lessons: { orderBy: { position: "asc" }, select: { text: true } },
      timeline: { orderBy: { position: "asc" }, select: { at: true, time: true, description: true, marker: true } },
      actionItems: {
        orderBy: { position: "asc" },
        select: { type: true, description: true, owner: true, status: true, dueDate: true, link: true },
      },
      sources: { orderBy: { position: "asc" }, select: { title: true, url: true } },
    },
  });
  if (!row || !canRead(viewer, row)) return null;
  return {
    ...row,
    caveats: JSON.parse(row.caveats) as string[],
    coverage: row.coverage === "listed" ? ("listed" as const) : ("retold" as const),
    involved: JSON.parse(row.involved) as string[],
    tags: row.tags.map((t) => ({ slug: t.tag.slug, name: t.tag.name, category: t.tag.category })),
    components: row.components.map((c) => c.component),
    lessons: row.lessons.map((l) => l.text),
  };
}

/** loadPostmortem, memoised for one request (the page and its metadata read the same story). */
export const getPostmortem = cache(loadPostmortem);

export type PostmortemDetail = NonNullable<Awaited<ReturnType<typeof loadPostmortem>>>;

/**
 * Postmortems linked to this one ("looks like", either direction) first, then visible postmortems sharing tags
 * (weight 2) or components (weight 1) with it, best first. Retold stories come before listed entries, whatever their
 * score: a listed entry only has a link to offer, so it only fills the remaining places.
 */
export async function getRelatedPostmortems(id: number, viewer: Viewer | null, limit = 4) {
  const index = await getCatalogIndex();
  const visible = index.visibleTo(readerOf(viewer));
  const self = index.get(id);
  if (!self || !visible.has(id)) return [];
  const wanted = { tag: self.values.tag, component: self.values.component };
  const weights = { tag: 2, component: 1 };
  const linked = (await linkedPostmortemIds(id, viewer)).filter((other) => visible.has(other)).slice(0, limit);
  const rest = limit - linked.length;
  const retold = rankBySharedValues(index, withCoverage(index, visible, "retold"), wanted, weights, limit, id).filter((e) => !linked.includes(e.id));
  const listed = retold.length < rest ? rankBySharedValues(index, withCoverage(index, visible, "listed"), wanted, weights, limit, id).filter((e) => !linked.includes(e.id)) : [];
  return getCards([...linked, ...[...retold, ...listed].slice(0, rest).map((entry) => entry.id)]);
}

/** The most recent retold incidents, by incident date (a listed entry's date is only the year it was published). */
export async function getLatestPostmortems(viewer: Viewer | null, limit = 5) {
  const index = await getCatalogIndex();
  return getCards(index.page(withCoverage(index, index.visibleTo(readerOf(viewer)), "retold"), "newest", 0, limit));
}
