import { z } from "zod";
import { postmortemRef } from "@/lib/validation/postmortem";

export const ANCHOR_PATTERN = /^(general|rootCause|lesson:\d{1,3}|timeline:\d{1,3})$/;

export const commentInput = postmortemRef.extend({
  anchor: z.string().regex(ANCHOR_PATTERN, "Choose what the comment is about.").default("general"),
  body: z.string().trim().min(1, "Write a comment.").max(5000, "Use at most 5,000 characters."),
  parentId: z.preprocess((v) => (v === "" ? undefined : v), z.coerce.number().int().positive().optional()),
});

export const resolveInput = postmortemRef.extend({
  commentId: z.coerce.number().int().positive(),
  resolved: z.enum(["true", "false"]).transform((v) => v === "true"),
});
