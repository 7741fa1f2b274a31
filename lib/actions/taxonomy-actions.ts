"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/form-action";
import {
  createCategoryMutation,
  createTagMutation,
  mergeTagsMutation,
  restoreCategoryMutation,
  retireCategoryMutation,
  updateTagMutation,
} from "@/lib/actions/taxonomy";

// Tags and categories appear on nearly every page (filters, chips, pickers), so every change refreshes all of them.
const refreshAll = () => revalidatePath("/", "layout");
const refreshed = (message: string) => {
  refreshAll();
  return message;
};

export const createTagAction = formAction(createTagMutation, (tag) => refreshed(`Created tag “${tag.slug}”.`));
// The page's address is the slug, which a rename changes.
export const updateTagAction = formAction(updateTagMutation, (tag) => {
  refreshAll();
  redirect(`/admin/taxonomy/tags/${tag.slug}?saved=1`);
});
export const mergeTagsAction = formAction(mergeTagsMutation, (m) =>
  refreshed(
    `Merged into “${m.into}”: ${m.moved} postmortem${m.moved === 1 ? "" : "s"} and ${m.checklistItems} checklist item${m.checklistItems === 1 ? "" : "s"} moved. The old slug redirects.`,
  ),
);
export const createCategoryAction = formAction(createCategoryMutation, (c) => refreshed(`Created category “${c.slug}”.`));
export const retireCategoryAction = formAction(retireCategoryMutation, (c) => refreshed(`Retired “${c.slug}”.`));
export const restoreCategoryAction = formAction(restoreCategoryMutation, (c) => refreshed(`Restored “${c.slug}”.`));
