import type { z } from "zod";

/** Query parameter errors by name, one message each: the API's `fields` on a 400. */
export function paramErrors(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) errors[issue.path.map(String).join(".") || "query"] ??= issue.message;
  return errors;
}
