import { startRunMutation } from "@/lib/actions/checklist-runs";
import { fromResult, readJson } from "@/lib/api/respond";
import { viewerFromRequest } from "@/lib/auth/session";

/** Starts a run: `{ "checklist": "admission-webhooks", "teamId": 1, "target": "prod-eu" }` → `201 { "id" }`. */
export async function POST(request: Request) {
  const body = await readJson(request);
  if (!body.ok) return body.response;
  return fromResult(await startRunMutation(await viewerFromRequest(request), body.value), 201);
}
