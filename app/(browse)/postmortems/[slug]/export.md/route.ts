import { download, downloadNotFound } from "@/lib/api/download";
import { viewerFromRequest } from "@/lib/auth/session";
import { markdownOf } from "@/lib/data/exports";
import { getPostmortem } from "@/lib/data/postmortems";

/** The postmortem as Markdown with YAML frontmatter, in the format of content/postmortems/*.mdx. 404 when the reader may not see it. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const pm = await getPostmortem((await params).slug, await viewerFromRequest(request));
  if (!pm) return downloadNotFound("Postmortem");
  return download(markdownOf(pm), `${pm.slug}.md`, "text/markdown; charset=utf-8");
}
