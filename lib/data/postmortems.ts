import "server-only";
import { cache } from "react";
import { asDate, asDateOrNull, sql } from "@/lib/data/sql/dialect";
import { getCatalogIndex, readerOf, withCoverage } from "@/lib/data/catalog";
import { rankBySharedValues } from "@/lib/search/related";
import { getCards } from "@/lib/data/cards";
import { linkedPostmortemIds } from "@/lib/data/looks-like";
import { canRead } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer-types";
import type { Postmortem } from "@/lib/generated/prisma/client";

/** The columns the detail read selects: every one but the search text, the sync hash, the exercise and the two user ids it joins. */
type DetailColumns = Omit<
  Postmortem,
  "bodyText" | "contentHash" | "createdAt" | "exercise" | "publishedById" | "reviewNoteById" | DateColumn | "durationApproximate"
>;
type DateColumn = "incidentDate" | "archivedAt" | "updatedAt" | "submittedAt" | "publishedAt";
/** A row of the detail read as SqlDialect.read gives it: dates and booleans in either database's form. */
type DetailRow = DetailColumns & {
  incidentDate: string | Date;
  archivedAt: string | Date | null;
  updatedAt: string | Date;
  submittedAt: string | Date | null;
  publishedAt: string | Date | null;
  durationApproximate: boolean | number;
  teamSlug: string | null;
  teamName: string | null;
  teamRequireSecondReviewer: boolean | number | null;
  createdByName: string | null;
  publishedByName: string | null;
  reviewNoteByName: string | null;
  /** What left the review note: a send-back or an unpublish (the newest such review comment). */
  reviewNoteKind: string | null;
};

/**
 * One postmortem with everything the detail page and API show, or null if the viewer may not read it. Not memoised:
 * for loops such as a team export. Seven statements both databases speak, on the hot read path (SqlDialect.read):
 * the same read as one nested findUnique cost about 10 ms per page view in Prisma's query compiler, the seven through
 * Prisma's $queryRaw ~1.9 ms at 100k stories, and ~0.3 ms on SQLite's read-only connection.
 */
export async function loadPostmortem(slug: string, viewer: Viewer | null) {
  const read = sql().read;
  const [row] = await read<DetailRow>(
    `SELECT p."id", p."slug", p."kind", p."status", p."visibility", p."archivedAt", p."version", p."teamId",
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
     WHERE p."slug" = ?`,
    [slug],
  );
  const fields = row && detailFields(row);
  if (!row || !fields || !canRead(viewer, fields)) return null;
  const id = [row.id];
  const [tags, components, lessons, timeline, actionItems, sources] = await Promise.all([
    read<{ slug: string; name: string; categorySlug: string; categoryName: string }>(
      `SELECT t."slug", t."name", c."slug" AS "categorySlug", c."name" AS "categoryName"
       FROM "PostmortemTag" l JOIN "Tag" t ON t."id" = l."tagId" JOIN "Category" c ON c."id" = t."categoryId"
       WHERE l."postmortemId" = ? ORDER BY t."id"`,
      id,
    ),
    read<{ slug: string; name: string }>(
      `SELECT c."slug", c."name" FROM "PostmortemComponent" l JOIN "Component" c ON c."id" = l."componentId"
       WHERE l."postmortemId" = ? ORDER BY c."id"`,
      id,
    ),
    read<{ text: string }>(`SELECT "text" FROM "Lesson" WHERE "postmortemId" = ? ORDER BY "position"`, id),
    read<{ at: string; time: string | null; description: string; marker: string | null }>(
      `SELECT "at", "time", "description", "marker" FROM "TimelineEvent" WHERE "postmortemId" = ? ORDER BY "position"`,
      id,
    ),
    read<{ type: string; description: string; owner: string | null; status: string; dueDate: string | Date | null; link: string | null }>(
      `SELECT "type", "description", "owner", "status", "dueDate", "link" FROM "ActionItem" WHERE "postmortemId" = ? ORDER BY "position"`,
      id,
    ),
    read<{ title: string; url: string }>(`SELECT "title", "url" FROM "Source" WHERE "postmortemId" = ? ORDER BY "position"`, id),
  ]);
  return {
    ...fields,
    tags: tags.map((t) => ({ slug: t.slug, name: t.name, category: { slug: t.categorySlug, name: t.categoryName } })),
    components,
    lessons: lessons.map((l) => l.text),
    timeline,
    actionItems: actionItems.map((item) => ({ ...item, dueDate: asDateOrNull(item.dueDate) })),
    sources,
  };
}

/** The detail row in the shape the pages and the API use, whichever database read it. */
function detailFields(row: DetailRow) {
  const { teamSlug, teamName, teamRequireSecondReviewer, createdByName, publishedByName, reviewNoteByName, ...fields } = row;
  return {
    ...fields,
    incidentDate: asDate(row.incidentDate),
    archivedAt: asDateOrNull(row.archivedAt),
    updatedAt: asDate(row.updatedAt),
    submittedAt: asDateOrNull(row.submittedAt),
    publishedAt: asDateOrNull(row.publishedAt),
    durationApproximate: Boolean(row.durationApproximate),
    team: teamSlug !== null && teamName !== null ? { slug: teamSlug, name: teamName, requireSecondReviewer: Boolean(teamRequireSecondReviewer) } : null,
    createdBy: createdByName !== null ? { name: createdByName } : null,
    publishedBy: publishedByName !== null ? { name: publishedByName } : null,
    reviewNoteBy: reviewNoteByName !== null ? { name: reviewNoteByName } : null,
    caveats: JSON.parse(row.caveats) as string[],
    coverage: row.coverage === "listed" ? ("listed" as const) : ("retold" as const),
    involved: JSON.parse(row.involved) as string[],
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
