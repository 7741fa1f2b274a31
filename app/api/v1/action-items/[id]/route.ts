import { updateActionItemMutation } from "@/lib/actions/action-items";
import { apiRoute } from "@/lib/api/api-route";
import { writeRoute } from "@/lib/api/write-route";

/** `{ status?, dueDate?, owner?, baseVersion }`; 409 with `current` when the item changed since `baseVersion`. */
export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = apiRoute({
  PATCH: writeRoute<{ id: string }>(updateActionItemMutation, { body: true, fromPath: ({ id }) => ({ id }) }),
});
