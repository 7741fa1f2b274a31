import { answerItemMutation } from "@/lib/actions/checklist-runs";
import { apiRoute } from "@/lib/api/api-route";
import { writeRoute } from "@/lib/api/write-route";

/** Answers one item: `{ "itemId", "status", "note"?, "owner"?, "baseVersion" }`; 409 with `current` when someone else changed it. */
export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = apiRoute({
  POST: writeRoute<{ id: string }>(answerItemMutation, { body: true, fromPath: ({ id }) => ({ runId: id }) }),
});
