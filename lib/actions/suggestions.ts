import "server-only";
import { mutation } from "@/lib/actions/mutation";
import { forbidden } from "@/lib/actions/result";
import { canManageUsers } from "@/lib/auth/permissions";
import { acceptSuggestion, createSuggestion, declineSuggestion } from "@/lib/data/suggestions";
import { suggestionDecline, suggestionInput, suggestionRef } from "@/lib/validation/suggestion";

// Story suggestions, shared by server actions and the API. Deciding is site-wide curation: admins only.
const ADMINS_ONLY = "Only admins decide on suggestions.";

export const suggestMutation = mutation({ schema: suggestionInput, run: (input, viewer) => createSuggestion(viewer, input) });

export const acceptSuggestionMutation = mutation({
  schema: suggestionRef,
  run(input, viewer) {
    if (!canManageUsers(viewer)) throw forbidden(ADMINS_ONLY);
    return acceptSuggestion(viewer, input.suggestionId);
  },
});

export const declineSuggestionMutation = mutation({
  schema: suggestionDecline,
  run(input, viewer) {
    if (!canManageUsers(viewer)) throw forbidden(ADMINS_ONLY);
    return declineSuggestion(viewer, input.suggestionId, input.reason);
  },
});
