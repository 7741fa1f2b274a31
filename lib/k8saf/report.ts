import { ContentError } from "@/lib/content/errors";
import { loadContent } from "@/lib/content/load";
import { involvedMatcher } from "@/lib/k8saf/mapping";

/** Involved terms of the listed entries in `dir` that neither the mapping file nor the taxonomy name, once each. */
export function unmatchedInvolvedTerms(dir: string): string[] {
  let content;
  try {
    content = loadContent(dir);
  } catch (error) {
    if (error instanceof ContentError) return [`(content does not validate, so terms were not checked: ${error.problems.length} problems)`];
    throw error;
  }
  const match = involvedMatcher(content.mapping, content);
  return [...new Set(content.listed.flatMap((l) => match(l.entry.involved).unmatched))].sort((a, b) => a.localeCompare(b));
}
