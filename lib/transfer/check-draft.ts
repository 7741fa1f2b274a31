import type { z } from "zod";
import { matchTaxonomy, type TaxonomyTerms } from "@/lib/transfer/match-taxonomy";
import type { ImportProblem, ParsedFile } from "@/lib/transfer/import-types";
import { postmortemInput, type PostmortemFields } from "@/lib/validation/postmortem";

// The editor's closed sets have no message of their own (a select cannot hold anything else): name the choices.
const choices = (issue: z.core.$ZodIssue): unknown[] =>
  issue.code === "invalid_value" ? issue.values : issue.code === "invalid_union" ? issue.errors.flat().flatMap(choices) : [];
const messageOf = (issue: z.core.$ZodIssue) => {
  const named = choices(issue).filter((v) => v !== "");
  return named.length ? `Use one of: ${named.join(", ")}.` : issue.message;
};

export type CheckedDraft = { title: string | null; fields: PostmortemFields | null; notes: string[]; problems: ImportProblem[] };

/**
 * Turns a parsed file into the fields of a team draft, checked by the same schema as the editor and the API:
 * tags and components matched through the taxonomy (unknown ones noted and left out), every invalid field a
 * problem naming it. Imports are always team-only drafts.
 */
export function checkDraft(parsed: ParsedFile, terms: TaxonomyTerms): CheckedDraft {
  const matched = matchTaxonomy(terms, parsed);
  const notes = [
    ...parsed.notes,
    ...matched.tags.unknown.map((name) => `tags: "${name}" is not in the taxonomy (nor a synonym or an old name); left out.`),
    ...matched.components.unknown.map((name) => `components: "${name}" is not in the taxonomy; left out.`),
  ];
  const title = typeof parsed.fields.title === "string" && parsed.fields.title ? parsed.fields.title : null;
  if (parsed.problems.length) return { title, fields: null, notes, problems: parsed.problems };
  const result = postmortemInput.safeParse({ ...parsed.fields, tags: matched.tags.slugs, components: matched.components.slugs, visibility: "team" });
  if (!result.success) {
    const problems = result.error.issues.map((issue) => ({ field: issue.path.map(String).join(".") || "(file)", message: messageOf(issue) }));
    return { title, fields: null, notes, problems };
  }
  return { title, fields: result.data, notes, problems: [] };
}
