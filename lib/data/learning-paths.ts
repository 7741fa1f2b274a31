import "server-only";
import { db } from "@/lib/db";
import { getCards } from "@/lib/data/cards";
import { getTaxonomy } from "@/lib/data/taxonomy";
import { visiblePostmortems } from "@/lib/data/visibility";
import { STUDY_LEVELS, type StudyLevel } from "@/lib/content/schema";
import type { StudyTrackRef } from "@/lib/study/progress";

export type StudyStep = StudyTrackRef["steps"][number] & { kind: "postmortem" | "technique"; slug: string; why: string; meta: string };
export type StudyTrack = { slug: string; title: string; level: StudyLevel; intro: string; steps: StudyStep[] };

/** The study tracks, beginner first, each with its story and technique steps merged in reading order. */
export async function getStudyTracks(): Promise<StudyTrack[]> {
  const paths = await db.learningPath.findMany({
    orderBy: { position: "asc" },
    select: {
      slug: true,
      title: true,
      level: true,
      intro: true,
      steps: { where: { postmortem: visiblePostmortems(null) }, select: { position: true, why: true, postmortemId: true } },
      techniques: { select: { position: true, why: true, technique: { select: { slug: true, title: true, tags: true } } } },
    },
  });
  const [cards, taxonomy] = await Promise.all([getCards([...new Set(paths.flatMap((p) => p.steps.map((s) => s.postmortemId)))]), getTaxonomy()]);
  const cardById = new Map(cards.map((c) => [c.id, c]));
  const categoryName = (slug: string) => taxonomy.categoryBySlug.get(slug)?.name ?? slug;
  const tracks = paths.map((path) => {
    const stories = path.steps.flatMap((s) => {
      const card = cardById.get(s.postmortemId);
      if (!card) return [];
      const step: StudyStep = {
        kind: "postmortem",
        slug: card.slug,
        key: `postmortem:${card.slug}`,
        title: card.title,
        href: `/postmortems/${card.slug}`,
        why: s.why,
        meta: `${card.organization}, ${card.incidentDate.getUTCFullYear()}`,
        categories: [...new Set(card.tags.map((t) => categoryName(t.category)))],
      };
      return [{ position: s.position, step }];
    });
    const techniques = path.techniques.map((s) => {
      const tags = (JSON.parse(s.technique.tags) as string[]).flatMap((slug) => taxonomy.tagBySlug.get(taxonomy.tagRedirects.get(slug) ?? slug) ?? []);
      const step: StudyStep = {
        kind: "technique",
        slug: s.technique.slug,
        key: `technique:${s.technique.slug}`,
        title: s.technique.title,
        href: `/techniques/${s.technique.slug}`,
        why: s.why,
        meta: "Debugging technique",
        categories: [...new Set(tags.map((t) => t.category.name))],
      };
      return { position: s.position, step };
    });
    const steps = [...stories, ...techniques].sort((a, b) => a.position - b.position).map((s) => s.step);
    return { slug: path.slug, title: path.title, level: path.level as StudyLevel, intro: path.intro, steps };
  });
  // Level order first; within a level, the order of the content file.
  return tracks.sort((a, b) => STUDY_LEVELS.indexOf(a.level) - STUDY_LEVELS.indexOf(b.level));
}
