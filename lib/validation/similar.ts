import { z } from "zod";
import { SLUG_PATTERN } from "@/lib/validation/vocabulary";

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const list = (value: unknown) => (value === undefined ? [] : Array.isArray(value) ? value : [value]);
// The panel sends the start of each field: the telling words are there, and the address stays short.
const text = z.preprocess(first, z.string().max(2000, "Send at most 2,000 characters.").default(""));
const slug = z.string().regex(SLUG_PATTERN, "Use slugs like `dns-ndots`.");

/** `GET /api/v1/similar`: the draft's title, summary, root cause, tags and components; `exclude` is its own slug. */
export const similarDraft = z.object({
  title: text,
  summary: text,
  rootCause: text,
  tag: z.preprocess(list, z.array(slug).max(30, "At most 30 tags.")),
  component: z.preprocess(list, z.array(slug).max(30, "At most 30 components.")),
  exclude: z.preprocess(first, slug.optional()),
});

export type SimilarDraft = { title: string; summary: string; rootCause: string; tags: string[]; components: string[]; exclude?: string };

export const toSimilarDraft = (parsed: z.infer<typeof similarDraft>): SimilarDraft => ({
  title: parsed.title,
  summary: parsed.summary,
  rootCause: parsed.rootCause,
  tags: parsed.tag,
  components: parsed.component,
  exclude: parsed.exclude,
});

/** Linking a team postmortem (`slug`) to a public story it looks like (`story`). */
export const looksLikeInput = z.object({ slug, story: slug });
