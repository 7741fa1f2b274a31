import { z } from "zod";
import { SLUG_PATTERN } from "@/lib/validation/vocabulary";
import { postmortemRef } from "@/lib/validation/postmortem";

const slug = z.string().regex(SLUG_PATTERN, "Unknown value.");
const comment = (message: string) => z.string().trim().min(1, message).max(2000, "Use at most 2,000 characters.");

export const sendBackInput = postmortemRef.extend({ comment: comment("Say what needs to change before it can be published.") });
export const unpublishInput = postmortemRef.extend({ reason: comment("Give a reason for unpublishing.") });

// A list left out stays as it is. Forms always send one empty value per list, so "none chosen" arrives as [].
const slugSet = (max: number, noun: string) =>
  z.preprocess(
    (v) => (v === undefined ? undefined : [v].flat().filter((s) => s !== "")),
    z.array(slug).max(max, `At most ${max} ${noun}.`).optional(),
  );

/** The tag editor and `PUT …/tags` send the whole set they want for tags, components or both. */
export const retagInput = postmortemRef.extend({ tags: slugSet(30, "tags"), components: slugSet(30, "components") });

export const bulkTagInput = z.object({
  slugs: z.preprocess(
    (v) => (v === undefined ? [] : [v].flat()),
    z.array(slug).min(1, "Select at least one postmortem.").max(200, "Select at most 200 postmortems."),
  ),
  tag: slug.or(z.literal("")).refine((v) => v !== "", "Choose a tag."),
  op: z.enum(["add", "remove"], { message: "Choose add or remove." }),
});
