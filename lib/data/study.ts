import "server-only";
import { db } from "@/lib/db";
import { notFound } from "@/lib/actions/result";
import type { Viewer } from "@/lib/auth/viewer-types";
import { visiblePostmortems } from "@/lib/data/visibility";
import type { StudyItemKind } from "@/lib/validation/study";

export type StudyMarkRow = { kind: StudyItemKind; slug: string; studied: boolean; bookmarked: boolean };

const markKey = (kind: string, slug: string) => `${kind}:${slug}`;

/** A reader's marks, keyed "kind:slug". Private: only ever read for the viewer themself. */
export async function getStudyMarks(viewer: Viewer, items?: { kind: StudyItemKind; slug: string }[]) {
  const rows = await db.studyMark.findMany({
    where: { userId: viewer.id, ...(items ? { OR: items.map((i) => ({ itemKind: i.kind, itemSlug: i.slug })) } : {}) },
    select: { itemKind: true, itemSlug: true, studied: true, bookmarked: true },
  });
  return new Map(rows.map((r) => [markKey(r.itemKind, r.itemSlug), { kind: r.itemKind as StudyItemKind, slug: r.itemSlug, studied: r.studied, bookmarked: r.bookmarked }]));
}

/** The slugs among `slugs` that name something the viewer may study: a story they can read, or a technique. */
async function existingSlugs(viewer: Viewer, kind: StudyItemKind, slugs: string[]) {
  if (slugs.length === 0) return new Set<string>();
  const rows =
    kind === "technique"
      ? await db.technique.findMany({ where: { slug: { in: slugs } }, select: { slug: true } })
      : await db.postmortem.findMany({ where: { slug: { in: slugs }, AND: [visiblePostmortems(viewer)] }, select: { slug: true } });
  return new Set(rows.map((r) => r.slug));
}

/** Sets studied and/or bookmarked on one item. Studying never writes to the postmortem itself. */
export async function setStudyMark(viewer: Viewer, input: { kind: StudyItemKind; slug: string; studied?: boolean; bookmarked?: boolean }) {
  if (!(await existingSlugs(viewer, input.kind, [input.slug])).has(input.slug)) throw notFound();
  const change = { ...(input.studied !== undefined && { studied: input.studied }), ...(input.bookmarked !== undefined && { bookmarked: input.bookmarked }) };
  const row = await db.studyMark.upsert({
    where: { userId_itemKind_itemSlug: { userId: viewer.id, itemKind: input.kind, itemSlug: input.slug } },
    create: { userId: viewer.id, itemKind: input.kind, itemSlug: input.slug, ...change },
    update: change,
    select: { studied: true, bookmarked: true },
  });
  return { kind: input.kind, slug: input.slug, ...row };
}

/**
 * Merges progress kept in the browser into the reader's account: a mark set in either place stays set, and
 * items that no longer exist (or that the reader may not read) are skipped. Returns how many were imported.
 */
export async function importStudyMarks(viewer: Viewer, marks: StudyMarkRow[]) {
  const wanted = marks.filter((m) => m.studied || m.bookmarked);
  const known = {
    postmortem: await existingSlugs(viewer, "postmortem", wanted.filter((m) => m.kind === "postmortem").map((m) => m.slug)),
    technique: await existingSlugs(viewer, "technique", wanted.filter((m) => m.kind === "technique").map((m) => m.slug)),
  };
  const valid = wanted.filter((m) => known[m.kind].has(m.slug));
  const current = await getStudyMarks(viewer, valid);
  await db.$transaction(
    valid.map((m) => {
      const held = current.get(markKey(m.kind, m.slug));
      const data = { studied: m.studied || Boolean(held?.studied), bookmarked: m.bookmarked || Boolean(held?.bookmarked) };
      return db.studyMark.upsert({
        where: { userId_itemKind_itemSlug: { userId: viewer.id, itemKind: m.kind, itemSlug: m.slug } },
        create: { userId: viewer.id, itemKind: m.kind, itemSlug: m.slug, ...data },
        update: data,
      });
    }),
  );
  return { imported: valid.length, skipped: marks.length - valid.length };
}

/** The reader's own exercise answers, newest first (their private study history). */
export async function getStudyAnswers(viewer: Viewer, limit = 20) {
  const rows = await db.studyAnswer.findMany({
    where: { userId: viewer.id },
    orderBy: { id: "desc" },
    take: limit,
    select: { id: true, answer: true, pick: true, correct: true, createdAt: true, postmortem: { select: { slug: true, organization: true, incidentDate: true } } },
  });
  return rows;
}

/** The reader's latest answer to one story's exercise, if any. */
export async function getLatestAnswer(viewer: Viewer, postmortemId: number) {
  return db.studyAnswer.findFirst({ where: { userId: viewer.id, postmortemId }, orderBy: { id: "desc" }, select: { answer: true, pick: true, correct: true } });
}

export async function recordStudyAnswer(viewer: Viewer, answer: { postmortemId: number; answer: string; pick: string; correct: boolean }) {
  await db.studyAnswer.create({ data: { userId: viewer.id, ...answer } });
}
