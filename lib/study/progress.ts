import type { StudyLevel } from "@/lib/content/schema";

export type StudyStepRef = { key: string; title: string; href: string; categories: string[] };
export type StudyTrackRef = { slug: string; title: string; level: StudyLevel; steps: StudyStepRef[] };
export type MarkMap = Record<string, { studied: boolean; bookmarked: boolean } | undefined>;

export type ProgressSummary = {
  tracks: { slug: string; title: string; done: number; total: number }[];
  categories: { name: string; done: number; total: number }[];
  nextUp: { track: string; trackTitle: string; step: StudyStepRef } | null;
  bookmarks: StudyStepRef[];
  studied: number;
};

/**
 * Progress per track and per category, and what to study next. An item on several tracks counts once per
 * category. "Next up" continues the first track already begun and not finished, else starts the first
 * unfinished track, in level order (tracks arrive sorted).
 */
export function summariseProgress(tracks: StudyTrackRef[], marks: MarkMap): ProgressSummary {
  const studied = (key: string) => Boolean(marks[key]?.studied);
  const perTrack = tracks.map((t) => ({ slug: t.slug, title: t.title, done: t.steps.filter((s) => studied(s.key)).length, total: t.steps.length }));

  const unique = new Map(tracks.flatMap((t) => t.steps.map((s) => [s.key, s] as const)));
  const byCategory = new Map<string, { done: number; total: number }>();
  for (const step of unique.values()) {
    for (const name of new Set(step.categories)) {
      const entry = byCategory.get(name) ?? { done: 0, total: 0 };
      entry.total += 1;
      if (studied(step.key)) entry.done += 1;
      byCategory.set(name, entry);
    }
  }

  const begun = tracks.find((t, i) => perTrack[i]!.done > 0 && perTrack[i]!.done < perTrack[i]!.total);
  const track = begun ?? tracks.find((t, i) => perTrack[i]!.done < perTrack[i]!.total);
  const step = track?.steps.find((s) => !studied(s.key));
  return {
    tracks: perTrack,
    categories: [...byCategory].map(([name, counts]) => ({ name, ...counts })).sort((a, b) => a.name.localeCompare(b.name)),
    nextUp: track && step ? { track: track.slug, trackTitle: track.title, step } : null,
    bookmarks: [...unique.values()].filter((s) => marks[s.key]?.bookmarked),
    studied: [...unique.keys()].filter(studied).length,
  };
}
