import type { TimelineMarker } from "@/lib/validation/vocabulary";

type Event = { at: string; description: string; marker: string | null };

/** A `detection` or `diagnosis` event: where an exercise's symptoms end. */
export const endsSymptoms = (event: { marker?: string | null }) => event.marker === "detection" || event.marker === "diagnosis";

/**
 * How many leading timeline events an exercise may show: everything before the first `detection` marker and that
 * event itself (the symptom as the team first saw it), or everything before the first `diagnosis` marker (a
 * diagnosis already names the cause). None when the timeline has neither marker: nothing says where the symptoms
 * end, so the reader sees the environment, impact and detection fields only.
 */
export function exerciseCutoffLimit(timeline: { marker?: string | null }[]): number {
  const index = timeline.findIndex(endsSymptoms);
  if (index < 0) return 0;
  return timeline[index]!.marker === ("detection" satisfies TimelineMarker) ? index + 1 : index;
}

/**
 * The events a reader sees before the reveal: the first `shownEvents`, clamped to the cut-off limit, without the
 * trigger (the exercise hides it). Whatever the stored data says, nothing past the limit is ever returned.
 */
export function eventsBeforeReveal<E extends Event>(timeline: E[], shownEvents: number): E[] {
  const limit = Math.min(shownEvents, exerciseCutoffLimit(timeline));
  return timeline.slice(0, limit).filter((e) => e.marker !== "trigger");
}

/** The reader's choices, in an order that does not give the answer away but is the same on every render. */
export function orderedChoices(checks: string[], distractors: string[], seed: string): string[] {
  const hash = (text: string) => [...text].reduce((h, c) => (Math.imul(h, 31) + c.charCodeAt(0)) | 0, 7);
  return [...new Set([...checks, ...distractors])].sort((a, b) => hash(seed + a) - hash(seed + b) || a.localeCompare(b));
}

export type CheckRef = { kind: "technique"; slug: string } | { kind: "control"; checklist: string; key: string };

export function parseCheckRef(ref: string): CheckRef | null {
  const technique = /^technique:([a-z0-9-]+)$/.exec(ref);
  if (technique) return { kind: "technique", slug: technique[1]! };
  const control = /^control:([a-z0-9-]+)\/([a-z0-9-]+)$/.exec(ref);
  return control ? { kind: "control", checklist: control[1]!, key: control[2]! } : null;
}
