import { getViewer } from "@/lib/auth/session";
import { runToMarkdown } from "@/lib/checklists/markdown";
import { getRun } from "@/lib/data/checklist-runs";
import { parseId } from "@/lib/validation/id-param";

/** The run as a Markdown file. 404 for runs the viewer may not see, exactly like the page. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = parseId((await params).id);
  const run = id ? await getRun(await getViewer(), id) : null;
  if (!run) return new Response("Run not found.\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const markdown = runToMarkdown(
    { checklist: run.checklist, team: run.team.name, target: run.target, updatedAt: run.updatedAt, items: run.items },
    new URL(request.url).origin,
  );
  const filename = `${run.checklist.slug}-${
    run.target
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "") || "run"
  }.md`;
  return new Response(markdown, {
    headers: {
      "Content-Type": "text/markdown; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "no-store",
    },
  });
}
