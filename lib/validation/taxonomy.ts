import { z } from "zod";
import { SLUG_PATTERN } from "@/lib/validation/vocabulary";

const slug = z
  .string()
  .trim()
  .toLowerCase()
  .regex(SLUG_PATTERN, "Use lower-case letters, digits and hyphens, like `pod-anti-affinity`.")
  .max(60, "Use at most 60 characters.");
const name = z.string().trim().min(2, "Give it a name of at least 2 characters.").max(80, "Use at most 80 characters.");
const description = z.string().trim().min(10, "Describe it in at least 10 characters.").max(500, "Use at most 500 characters.");
/**
 * Synonyms are typed one per comma or line and may have several words ("search domain"). They are stored as one
 * comma-separated string: FTS5 treats the commas as separators, so the search index needs no change.
 */
const SYNONYM_PATTERN = /^[a-z0-9]+(?:[- ][a-z0-9]+)*$/;
export const storeSynonyms = (list: string[]) => list.join(", ");
export const synonymList = (stored: string) =>
  stored
    .split(/[,\n]+/)
    .map((s) => s.trim().toLowerCase().replace(/\s+/g, " "))
    .filter(Boolean);
const synonyms = z
  .string()
  .trim()
  .max(300, "Use at most 300 characters.")
  .transform((v) => [...new Set(synonymList(v))])
  .refine((list) => list.every((s) => SYNONYM_PATTERN.test(s)), "Synonyms are words (letters, digits, hyphens, spaces), separated by commas.")
  .default([]);
const existing = z.string().regex(SLUG_PATTERN, "Choose one.");

export const createTagInput = z.object({ category: existing, slug, name, description, synonyms });
export const updateTagInput = z.object({ current: existing, category: existing, slug, name, description, synonyms });
export const mergeTagInput = z
  .object({ from: existing, into: existing })
  .refine((v) => v.from !== v.into, { message: "Choose two different tags.", path: ["into"] });
export const createCategoryInput = z.object({ slug, name, description });
export const categoryRef = z.object({ slug: existing });
