import { answerItemMutation } from "@/lib/actions/checklist-runs";
import { fromResult, readJsonObject } from "@/lib/api/respond";
import { apiWriter } from "@/lib/api/writer";

/** Answers one item: `{ "itemId", "status", "note"?, "owner"?, "baseVersion" }`; 409 with `current` when someone else changed it. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const writer = await apiWriter(request);
  if (!writer.ok) return writer.response;
  const body = await readJsonObject(request);
  if (!body.ok) return body.response;
  return fromResult(await answerItemMutation(writer.viewer, { ...body.value, runId: (await params).id }));
}
