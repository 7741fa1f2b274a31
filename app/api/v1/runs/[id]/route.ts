import { apiRoute } from "@/lib/api/api-route";
import { json, notFoundJson } from "@/lib/api/respond";
import { viewerFromRequest } from "@/lib/auth/session";
import { getRun } from "@/lib/data/checklist-runs";
import { parseId } from "@/lib/validation/id-param";

/** A checklist run with every item's answer (the run page polls this to show other people's answers). */
async function read(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = parseId((await params).id);
  const run = id ? await getRun(await viewerFromRequest(request), id) : null;
  if (!run) return notFoundJson("Run");
  return json({
    id: run.id,
    checklist: { slug: run.checklist.slug, title: run.checklist.title },
    team: run.team,
    target: run.target,
    visibility: run.visibility,
    updatedAt: run.updatedAt.toISOString(),
    items: run.items.map((i) => ({
      id: i.id,
      key: i.key,
      control: i.control,
      answer: i.answer,
      answeredBy: i.answeredBy,
      postmortems: i.postmortems.map((p) => p.slug),
    })),
  });
}

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = apiRoute({ GET: read });
