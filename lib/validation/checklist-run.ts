import { z } from "zod";
import { ANSWER_STATUSES } from "@/lib/checklists/answers";
import { SLUG_PATTERN } from "@/lib/validation/vocabulary";

const id = (message: string) => z.coerce.number({ message }).int(message).positive(message);

export const startRunInput = z.object({
  checklist: z.string().regex(SLUG_PATTERN, "Unknown checklist."),
  teamId: id("Choose a team."),
  target: z.string().trim().min(2, "Name what you are checking, e.g. “prod-eu cluster”.").max(120, "Use at most 120 characters."),
});

export const answerInput = z.object({
  runId: id("Unknown run."),
  itemId: id("Unknown item."),
  // `unanswered` is accepted so an answer given by mistake can be cleared (the form's "Clear answer").
  status: z.enum(ANSWER_STATUSES, { message: "Choose done, not done, not applicable or unknown (or unanswered to clear an answer)." }),
  note: z.string().trim().max(2000, "Use at most 2,000 characters.").default(""),
  owner: z.string().trim().max(100, "Use at most 100 characters.").default(""),
  baseVersion: z.coerce.number().int().min(0),
});

export const runVisibilityInput = z.object({ runId: id("Unknown run."), visibility: z.enum(["team", "public"]) });
