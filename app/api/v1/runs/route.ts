import { startRunMutation } from "@/lib/actions/checklist-runs";
import { apiRoute } from "@/lib/api/api-route";
import { writeRoute } from "@/lib/api/write-route";

/** Starts a run: `{ "checklist": "admission-webhooks", "teamId": 1, "target": "prod-eu" }` → `201 { "id" }`. */
export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = apiRoute({
  POST: writeRoute(startRunMutation, { body: true, successStatus: 201 }),
});
