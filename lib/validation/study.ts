import { z } from "zod";
import { SLUG_PATTERN } from "@/lib/validation/vocabulary";
import { CHECK_REF_PATTERN } from "@/lib/content/schema";

export const STUDY_ITEM_KINDS = ["postmortem", "technique"] as const;
export type StudyItemKind = (typeof STUDY_ITEM_KINDS)[number];

const slug = z.string().regex(SLUG_PATTERN, "Not a valid slug.");
// Forms send "true"/"false"; JSON sends booleans.
const flag = z.union([z.boolean(), z.enum(["true", "false"]).transform((v) => v === "true")]);

/** Mark one story or technique as studied or bookmarked (either or both). */
export const studyMarkInput = z
  .strictObject({ kind: z.enum(STUDY_ITEM_KINDS), slug, studied: flag.optional(), bookmarked: flag.optional() })
  .refine((m) => m.studied !== undefined || m.bookmarked !== undefined, { message: "Say what to change: studied or bookmarked." });

/** Progress kept in the browser before sign-in, offered for import. Bounded: it is the reader's own list. */
export const studyImportInput = z.strictObject({
  marks: z
    .array(z.strictObject({ kind: z.enum(STUDY_ITEM_KINDS), slug, studied: z.boolean(), bookmarked: z.boolean() }))
    .max(500, "At most 500 items can be imported at once."),
});

/** A reader's answer to a story's exercise. */
export const exerciseAnswerInput = z.strictObject({
  slug,
  answer: z.string().trim().max(2000, "Keep your answer under 2,000 characters.").default(""),
  pick: z.union([z.literal(""), z.string().regex(CHECK_REF_PATTERN, "Pick one of the listed checks.")]).default(""),
});
