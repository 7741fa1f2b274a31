import { startRunMutation } from "@/lib/actions/checklist-runs";
import { fromResult, readJson } from "@/lib/api/respond";
import { apiWriter } from "@/lib/api/writer";

/** Starts a run: `{ "checklist": "admission-webhooks", "teamId": 1, "target": "prod-eu" }` → `201 { "id" }`. */
export async function POST(request: Request) {
  const writer = await apiWriter(request);
  if (!writer.ok) return writer.response;
  const body = await readJson(request);
  if (!body.ok) return body.response;
  return fromResult(await startRunMutation(writer.viewer, body.value), 201);
}
