/** What a postmortem needs before it can be published. */
export type PublishCheck = { severity: string; tags: readonly unknown[]; rootCause: string; lessons: string[] };

/** Each missing requirement, phrased so a lead knows exactly what to add. Empty when ready. */
export function missingForPublish(pm: PublishCheck): string[] {
  const missing: string[] = [];
  if (!pm.severity) missing.push("Choose a severity tier.");
  if (pm.tags.length === 0) missing.push("Add at least one root-cause tag (it sets the category).");
  if (!pm.rootCause.trim()) missing.push("Write the root cause.");
  if (!pm.lessons.some((lesson) => lesson.trim())) missing.push("Add at least one lesson.");
  return missing;
}

/** The under-tagged queue: no tag (so no category), or fewer than two tags. */
export const isUnderTagged = (tagCount: number) => tagCount < 2;
