import type { ExerciseView } from "@/lib/data/exercises";

/** The API's view of an exercise before the reveal: exactly what the page shows, nothing more. */
export function exerciseRecord(e: ExerciseView) {
  return {
    slug: e.slug,
    organization: e.organization,
    year: e.incidentDate.getUTCFullYear(),
    platform: e.platform,
    environment: e.environment,
    impact: e.impact,
    detection: e.detection,
    timeline: e.events.map(({ at, description, marker }) => ({ at, description, marker })),
    choices: e.choices.map(({ ref, kind, label }) => ({ ref, kind, label })),
  };
}
