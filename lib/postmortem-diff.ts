import { diffWordsWithSpace } from "diff";
import type { PostmortemFields } from "@/lib/validation/postmortem";

export type DiffPart = { value: string; added: boolean; removed: boolean };

/** A field as plain text for diffing: list fields become one line per entry. */
function asText(value: PostmortemFields[keyof PostmortemFields] | undefined): string {
  if (Array.isArray(value)) return value.map((v) => (typeof v === "string" ? v : Object.values(v).filter(Boolean).join(" · "))).join("\n");
  return value === null || value === undefined ? "" : String(value);
}

/** The word-level difference between two values of one field (used by history and the editor's local copy). */
export const fieldDiff = (before: PostmortemFields[keyof PostmortemFields] | undefined, after: PostmortemFields[keyof PostmortemFields]) =>
  diffWordsWithSpace(asText(before), asText(after)) as DiffPart[];
