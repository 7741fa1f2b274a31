import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { getCatalogIndex, readerOf, withCoverage } from "@/lib/data/catalog";
import { rankBySharedValues } from "@/lib/search/related";
import { getCards } from "@/lib/data/cards";
import { linkedPostmortemIds } from "@/lib/data/looks-like";
import { canRead } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer-types";
import type { Postmortem } from "@/lib/generated/prisma/client";

/** The columns the detail read selects: every one but the search text, the sync hash, the exercise and the two user ids it joins. */
type DetailRow = Omit<Postmortem, "bodyText" | "contentHash" | "createdAt" | "exercise" | "publishedById" | "reviewNoteById"> & {
  teamSlug: string | null;
  teamName: string | null;
  teamRequireSecondReviewer: boolean | null;
  createdByName: string | null;
  publishedByName: string | null;
  reviewNoteByName: string | null;
  /** What left the review note: a send-back or an unpublish (the newest such review comment). */
  reviewNoteKind: string | null;
};

/**
 * One postmortem with everything the detail page and API show, or null if the viewer may not read it. Not memoised:
 * for loops such as a team export. Plain SQL that both databases speak, through Prisma's $queryRaw: the same read as
 * one nested findUnique cost about 10 ms per page view in Prisma's query compiler, these seven statements well under 2.
 */
export async function loadPostmortem(slug: string, viewer: Viewer | null) {
  const [row] = await db.$queryRaw<DetailRow[]>`
    SELECT p."id", p."slug", p."kind", p."status", p."visibility", p."archivedAt", p."version", p."teamId",
           t."slug" AS "teamSlug", t."name" AS "teamName", t."requireSecondReviewer" AS "teamRequireSecondReviewer",
           p."createdById", cb."name" AS "createdByName", p."publishedAt", pb."name" AS "publishedByName", p."submittedAt",
           p."reviewNote", rb."name" AS "reviewNoteByName",
           (SELECT rc."kind" FROM "ReviewComment" rc WHERE rc."postmortemId" = p."id" AND rc."kind" <> 'comment' ORDER BY rc."id" DESC LIMIT 1) AS "reviewNoteKind",
           p."kubernetesVersion", p."title", p."organization", p."severity",
           p."incidentDate", p."datePrecision", p."dateNote", p."durationMinutes", p."durationApproximate", p."durationNote",
           p."platform", p."environment", p."summary", p."impact", p."trigger", p."rootCause", p."detection", p."resolution",
           p."caveats", p."body", p."coverage", p."origin", p."involved", p."tierRule", p."retoldAs", p."updatedAt"
    FROM "Postmortem" p
    LEFT JOIN "Team" t ON t."id" = p."teamId"
    LEFT JOIN "User" cb ON cb."id" = p."createdById"
    LEFT JOIN "User" pb ON pb."id" = p."publishedById"
    LEFT JOIN "User" rb ON rb."id" = p."reviewNoteById"
    WHERE p."slug" = ${slug}`;
  if (!row || !canRead(viewer, row)) return null;
  const id = row.id;
  const [tags, components, lessons, timeline, actionItems, sources] = await Promise.all([
    db.$queryRaw<{ slug: string; name: string; categorySlug: string; categoryName: string }[]>`
      SELECT t."slug", t."name", c."slug" AS "categorySlug", c."name" AS "categoryName"
      FROM "PostmortemTag" l JOIN "Tag" t ON t."id" = l."tagId" JOIN "Category" c ON c."id" = t."categoryId"
      WHERE l."postmortemId" = ${id} ORDER BY t."id"`,
    db.$queryRaw<{ slug: string; name: string }[]>`
      SELECT c."slug", c."name" FROM "PostmortemComponent" l JOIN "Component" c ON c."id" = l."componentId"
      WHERE l."postmortemId" = ${id} ORDER BY c."id"`,
    db.$queryRaw<{ text: string }[]>`SELECT "text" FROM "Lesson" WHERE "postmortemId" = ${id} ORDER BY "position"`,
    db.$queryRaw<{ at: string; time: string | null; description: string; marker: string | null }[]>`
      SELECT "at", "time", "description", "marker" FROM "TimelineEvent" WHERE "postmortemId" = ${id} ORDER BY "position"`,
    db.$queryRaw<{ type: string; description: string; owner: string | null; status: string; dueDate: Date | null; link: string | null }[]>`
      SELECT "type", "description", "owner", "status", "dueDate", "link" FROM "ActionItem" WHERE "postmortemId" = ${id} ORDER BY "position"`,
    db.$queryRaw<{ title: string; url: string }[]>`SELECT "title", "url" FROM "Source" WHERE "postmortemId" = ${id} ORDER BY "position"`,
  ]);
  const { teamSlug, teamName, teamRequireSecondReviewer, createdByName, publishedByName, reviewNoteByName, ...fields } = row;
  return {
    ...fields,
    team: teamSlug !== null && teamName !== null ? { slug: teamSlug, name: teamName, requireSecondReviewer: Boolean(teamRequireSecondReviewer) } : null,
    createdBy: createdByName !== null ? { name: createdByName } : null,
    publishedBy: publishedByName !== null ? { name: publishedByName } : null,
    reviewNoteBy: reviewNoteByName !== null ? { name: reviewNoteByName } : null,
    caveats: JSON.parse(row.caveats) as string[],
    coverage: row.coverage === "listed" ? ("listed" as const) : ("retold" as const),
    involved: JSON.parse(row.involved) as string[],
    tags: tags.map((t) => ({ slug: t.slug, name: t.name, category: { slug: t.categorySlug, name: t.categoryName } })),
    components,
    lessons: lessons.map((l) => l.text),
    timeline,
    actionItems,
    sources,
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
