import type { z } from "zod";

export type ContentProblem = { file: string; field: string; message: string };

/** Every problem found in content/, reported together so an author fixes them in one pass. */
export class ContentError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(
      `Invalid content (${problems.length} problem${problems.length === 1 ? "" : "s"}):\n` +
        problems.map((p) => `  ${p.file}: ${p.field}: ${p.message}`).join("\n"),
    );
    this.name = "ContentError";
  }
}

export function problemsFromZod(file: string, prefix: string, error: z.ZodError): ContentProblem[] {
  return error.issues.map((issue) => ({
    file,
    field: [prefix, ...issue.path.map(String)].filter(Boolean).join("."),
    message: issue.message,
  }));
}
