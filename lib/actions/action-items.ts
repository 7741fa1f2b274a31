import "server-only";
import { mutation } from "@/lib/actions/mutation";
import { updateActionItem } from "@/lib/data/action-items";
import { updateActionItemInput } from "@/lib/validation/action-items";

// Shared by the API (PATCH /api/v1/action-items/{id}) and the item controls, which call that API.
export const updateActionItemMutation = mutation({ schema: updateActionItemInput, run: (input, viewer) => updateActionItem(viewer, input) });
