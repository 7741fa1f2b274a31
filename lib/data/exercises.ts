import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { getCuratedLinks } from "@/lib/data/curated-links";
import { notFound } from "@/lib/actions/result";
import type { Viewer } from "@/lib/auth/viewer-types";
import { getLatestAnswer, recordStudyAnswer } from "@/lib/data/study";
import { visiblePostmortems } from "@/lib/data/visibility";
import type { ExerciseFrontmatter } from "@/lib/content/schema";
import { eventsBeforeReveal, orderedChoices, parseCheckRef } from "@/lib/study/exercise";

export type ResolvedCheck = {
  ref: string;
  kind: "technique" | "control";
  label: string;
  href: string;
  /** For a control: its checklist and how to check it. */
  control?: { checklist: string; check: string; checkKind: string; checkLang: string; why: string };
};

/** Turns check references into what the page shows; a reference whose target is gone is left out. */
async function resolveChecks(refs: string[]): Promise<Map<string, ResolvedCheck>> {
  const parsed = refs.map((ref) => ({ ref, check: parseCheckRef(ref) }));
  const techniqueSlugs = parsed.flatMap((p) => (p.check?.kind === "technique" ? [p.check.slug] : []));
  const controls = parsed.flatMap((p) => (p.check?.kind === "control" ? [p.check] : []));
  const [techniques, items] = await Promise.all([
    db.technique.findMany({ where: { slug: { in: techniqueSlugs } }, select: { slug: true, title: true } }),
    controls.length
      ? db.checklistItem.findMany({
          where: { OR: controls.map((c) => ({ key: c.key, checklist: { slug: c.checklist } })) },
          select: { key: true, control: true, why: true, check: true, checkKind: true, checkLang: true, checklist: { select: { slug: true, title: true } } },
        })
      : [],
  ]);
  const resolved = new Map<string, ResolvedCheck>();
  for (const t of techniques) resolved.set(`technique:${t.slug}`, { ref: `technique:${t.slug}`, kind: "technique", label: t.title, href: `/techniques/${t.slug}` });
  for (const item of items) {
    const ref = `control:${item.checklist.slug}/${item.key}`;
    resolved.set(ref, {
      ref,
      kind: "control",
      label: item.control,
      href: `/checklists/${item.checklist.slug}#${item.key}`,
      control: { checklist: item.checklist.title, check: item.check, checkKind: item.checkKind, checkLang: item.checkLang, why: item.why },
    });
  }
  return resolved;
}

async function exerciseRow(slug: string, viewer: Viewer | null) {
  const row = await db.postmortem.findFirst({
    where: { slug, coverage: "retold", exercise: { not: null }, AND: [visiblePostmortems(viewer)] },
    select: { id: true, slug: true, exercise: true, timeline: { orderBy: { position: "asc" }, select: { at: true, description: true, marker: true } } },
  });
  return row ? { ...row, exercise: JSON.parse(row.exercise!) as ExerciseFrontmatter } : null;
}

/**
 * The exercise before the reveal: only the environment, the impact, the detection field and the timeline up to
 * the cut-off. The hidden fields are never selected, so no page or API response built from this can leak them.
 */
export const getExercise = cache(async (slug: string, viewer: Viewer | null) => {
  const row = await exerciseRow(slug, viewer);
  if (!row) return null;
  const story = await db.postmortem.findUniqueOrThrow({
    where: { id: row.id },
    select: { organization: true, incidentDate: true, datePrecision: true, platform: true, environment: true, impact: true, detection: true, severity: true },
  });
  const refs = orderedChoices(row.exercise.checks, row.exercise.distractors, row.slug);
  const resolved = await resolveChecks(refs);
  return {
    id: row.id,
    slug: row.slug,
    ...story,
    events: eventsBeforeReveal(row.timeline, row.exercise.shownEvents),
    choices: refs.flatMap((ref) => {
      const check = resolved.get(ref);
      return check ? [{ ref, kind: check.kind, label: check.label }] : [];
    }),
  };
});

export type ExerciseView = NonNullable<Awaited<ReturnType<typeof getExercise>>>;

/** What the reveal adds: what the team found and did, and which checks would have found it. */
export async function getExerciseReveal(slug: string, viewer: Viewer | null) {
  const row = await exerciseRow(slug, viewer);
  if (!row) return null;
  const story = await db.postmortem.findUniqueOrThrow({
    where: { id: row.id },
    select: { title: true, trigger: true, rootCause: true, resolution: true, lessons: { orderBy: { position: "asc" }, select: { text: true } } },
  });
  const resolved = await resolveChecks(row.exercise.checks);
  return {
    ...story,
    lessons: story.lessons.map((l) => l.text),
    timeline: row.timeline,
    checks: row.exercise.checks.flatMap((ref) => resolved.get(ref) ?? []),
    latestAnswer: viewer ? await getLatestAnswer(viewer, row.id) : null,
  };
}

/** Scores a pick and, for a signed-in reader, keeps the answer in their private history. */
export async function submitExerciseAnswer(viewer: Viewer | null, input: { slug: string; answer: string; pick: string }) {
  const row = await exerciseRow(input.slug, viewer);
  if (!row) throw notFound();
  const offered = new Set([...row.exercise.checks, ...row.exercise.distractors]);
  const pick = offered.has(input.pick) ? input.pick : "";
  const correct = row.exercise.checks.includes(pick);
  if (viewer && (input.answer || pick)) await recordStudyAnswer(viewer, { postmortemId: row.id, answer: input.answer, pick, correct });
  return { slug: row.slug, pick, correct };
}

/** Whether a story offers "Study this story". */
export async function hasExercise(postmortemId: number) {
  return (await getCuratedLinks()).exercises.has(postmortemId);
}
