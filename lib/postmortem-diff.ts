import { diffWordsWithSpace } from "diff";
import { FIELD_LABELS } from "@/lib/postmortem-field-labels";
import type { PostmortemFields } from "@/lib/validation/postmortem";

export type DiffPart = { value: string; added: boolean; removed: boolean };

/** One entry of a list field (an action item, a source…) as a line: its values, without internal ids (ownerId). */
const entryText = (entry: object) =>
  Object.entries(entry)
    .filter(([key, value]) => Boolean(value) && !key.endsWith("Id"))
    .map(([, value]) => String(value))
    .join(" · ");

/** A field as plain text for diffing: list fields become one line per entry. */
function asText(value: PostmortemFields[keyof PostmortemFields] | undefined): string {
  if (Array.isArray(value)) return value.map((v) => (typeof v === "string" ? v : entryText(v))).join("\n");
  return value === null || value === undefined ? "" : String(value);
}

/** The word-level difference between two values of one field (used by history and the editor's local copy). */
export const fieldDiff = (before: PostmortemFields[keyof PostmortemFields] | undefined, after: PostmortemFields[keyof PostmortemFields]) =>
  diffWordsWithSpace(asText(before), asText(after)) as DiffPart[];

/**
 * The changes a revision shows, labelled: against the revision before it, the fields it changed; the first revision
 * has nothing before it, so every field it filled in is shown as added.
 */
export function revisionChanges(after: Partial<PostmortemFields>, before: Partial<PostmortemFields> | null, changed: (keyof PostmortemFields)[]) {
  const fields = before ? changed : (Object.keys(FIELD_LABELS) as (keyof PostmortemFields)[]).filter((field) => asText(after[field]) !== "");
  return fields.map((field) => ({ field: FIELD_LABELS[field] ?? field, parts: fieldDiff(before?.[field], after[field]!) }));
}
