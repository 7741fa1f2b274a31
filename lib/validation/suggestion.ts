import { z } from "zod";
import { normaliseSourceUrl } from "@/lib/validation/source-url";

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const line = (what: string, max: number) =>
  z
    .string({ message: `Enter ${what}.` })
    .trim()
    .min(1, `Enter ${what}.`)
    .max(max, `Use at most ${max} characters.`);

export const SUGGESTION_STATUSES = ["pending", "accepted", "declined"] as const;
export type SuggestionStatus = (typeof SUGGESTION_STATUSES)[number];

/** A story someone suggests: a public http(s) link and why it is worth learning from. */
export const suggestionInput = z.object({
  url: z
    .string({ message: "Enter the link to the postmortem." })
    .trim()
    .min(1, "Enter the link to the postmortem.")
    .max(2000, "Use at most 2000 characters.")
    .refine((url) => normaliseSourceUrl(url) !== null, "Enter a public http(s) link, like https://example.com/postmortem."),
  title: line("the story's title", 200),
  organization: line("the organisation it happened to", 120),
  year: z.coerce
    .number({ message: "Enter the year it was published." })
    .int("Enter a year like 2021.")
    .min(2014, "Kubernetes stories start in 2014.")
    .max(new Date().getUTCFullYear(), "That year has not happened yet."),
  why: z
    .string({ message: "Say in a sentence why it matters." })
    .trim()
    .min(10, "Say in a sentence why it matters (at least 10 characters).")
    .max(500, "Use at most 500 characters."),
});
export type SuggestionInput = z.infer<typeof suggestionInput>;

export const suggestionRef = z.object({ suggestionId: z.coerce.number().int().positive() });
export const suggestionDecline = suggestionRef.extend({
  reason: z
    .string({ message: "Say why it is declined; the suggester sees this." })
    .trim()
    .min(5, "Say why it is declined; the suggester sees this.")
    .max(500, "Use at most 500 characters."),
});

export const suggestionListParams = z.object({
  status: z.preprocess(first, z.enum(SUGGESTION_STATUSES).catch("pending")).default("pending"),
  page: z.preprocess(first, z.coerce.number().int().min(1).max(10_000).catch(1)).default(1),
});
