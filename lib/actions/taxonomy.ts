import "server-only";
import { mutation } from "@/lib/actions/mutation";
import { createCategory, createTag, mergeTags, setCategoryRetired, updateTag } from "@/lib/data/taxonomy-admin";
import { categoryRef, createCategoryInput, createTagInput, mergeTagInput, updateTagInput } from "@/lib/validation/taxonomy";

// Taxonomy mutations (admins only; lib/data/taxonomy-admin checks). Used by server actions and tests alike.

export const createTagMutation = mutation({ schema: createTagInput, run: (input, viewer) => createTag(viewer, input) });
export const updateTagMutation = mutation({ schema: updateTagInput, run: (input, viewer) => updateTag(viewer, input) });
export const mergeTagsMutation = mutation({ schema: mergeTagInput, run: (input, viewer) => mergeTags(viewer, input) });
export const createCategoryMutation = mutation({ schema: createCategoryInput, run: (input, viewer) => createCategory(viewer, input) });
export const retireCategoryMutation = mutation({ schema: categoryRef, run: (input, viewer) => setCategoryRetired(viewer, input.slug, true) });
export const restoreCategoryMutation = mutation({ schema: categoryRef, run: (input, viewer) => setCategoryRetired(viewer, input.slug, false) });
