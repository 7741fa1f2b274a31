import { download, downloadNotFound } from "@/lib/api/download";
import { viewerFromRequest } from "@/lib/auth/session";
import { jsonExport } from "@/lib/data/exports";
import { getPostmortem } from "@/lib/data/postmortems";

/** The postmortem's API record with its narrative, as a JSON file. 404 when the reader may not see it. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const viewer = await viewerFromRequest(request);
  const pm = await getPostmortem((await params).slug, viewer);
  if (!pm) return downloadNotFound("Postmortem");
  return download(`${JSON.stringify(await jsonExport(pm, viewer), null, 2)}\n`, `${pm.slug}.json`, "application/json; charset=utf-8");
}
