import { z } from "zod";
import { IMPORT_LIMITS } from "@/lib/transfer/import-limits";

// POST /api/v1/imports: request and answer. Exported for the OpenAPI document as well as the route.

export const importFileInput = z
  .object({
    name: z.string().trim().min(1, "Name the file.").max(300, "Use a file name of at most 300 characters."),
    text: z.string().optional(),
    base64: z
      .string()
      .regex(/^[A-Za-z0-9+/=\s]*$/, "Must be base64.")
      .optional(),
  })
  .refine((file) => (file.text === undefined) !== (file.base64 === undefined), "Send the file's content as either `text` or `base64`.");

export const importRequest = z.object({
  teamId: z.coerce.number({ message: "Choose a team." }).int().positive("Choose a team."),
  /** Only parse and check: the preview, nothing written. */
  dryRun: z.boolean().default(false),
  /** Write nothing at all if any file is bad (by default the good files are imported and the bad ones listed). */
  stopOnError: z.boolean().default(false),
  files: z
    .array(importFileInput)
    .min(1, "Choose at least one file.")
    .max(IMPORT_LIMITS.files, `Import at most ${IMPORT_LIMITS.files} files at a time.`),
});
export type ImportRequest = z.infer<typeof importRequest>;

export const importProblem = z.object({ field: z.string(), message: z.string() });

export const importFileResult = z.object({
  name: z.string(),
  ok: z.boolean(),
  title: z.string().nullable(),
  /** The draft's fields as they would be saved (for files that are ok). */
  fields: z.record(z.string(), z.unknown()).nullable(),
  /** What could not be mapped to a field (kept in the narrative) and tags or components not in the taxonomy. */
  notes: z.array(z.string()),
  problems: z.array(importProblem),
  /** The draft written (not in a dry run). */
  draft: z.object({ slug: z.string(), url: z.string() }).nullable(),
});
export type ImportFileResult = z.infer<typeof importFileResult>;

export const importResponse = z.object({
  dryRun: z.boolean(),
  /** True when stopOnError held everything back because a file was bad. */
  stopped: z.boolean(),
  written: z.number().int(),
  files: z.array(importFileResult),
});
export type ImportResponse = z.infer<typeof importResponse>;
