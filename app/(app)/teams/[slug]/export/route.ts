import { download, downloadNotFound } from "@/lib/api/download";
import { viewerFromRequest } from "@/lib/auth/session";
import { teamExportStream } from "@/lib/data/exports";

/** Every postmortem of the team the reader may see, as a zip of Markdown files plus index.json. Members and admins only; 404 otherwise. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const viewer = await viewerFromRequest(request);
  const exported = viewer ? await teamExportStream(viewer, (await params).slug) : null;
  if (!exported) return downloadNotFound("Team");
  return download(exported.stream, exported.filename, "application/zip");
}
