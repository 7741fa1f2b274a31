"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/actions/form-action";
import { acceptSuggestionMutation, declineSuggestionMutation, suggestMutation } from "@/lib/actions/suggestions";

export const suggestAction = formAction(suggestMutation, () => {
  revalidatePath("/suggest");
  return "Thank you. An admin will look at it; the outcome appears under “Your suggestions”.";
});

export const acceptSuggestionAction = formAction(acceptSuggestionMutation, ({ slug }) => {
  revalidatePath("/admin/suggestions");
  return `Accepted: it is now listed as /postmortems/${slug}.`;
});

export const declineSuggestionAction = formAction(declineSuggestionMutation, () => {
  revalidatePath("/admin/suggestions");
  return "Declined. The suggester sees your reason.";
});
