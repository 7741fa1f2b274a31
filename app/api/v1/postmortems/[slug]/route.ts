import { updatePostmortem } from "@/lib/actions/postmortems";
import { apiRoute } from "@/lib/api/api-route";
import { json, notFoundJson } from "@/lib/api/respond";
import { slugRoute } from "@/lib/api/slug-route";
import { postmortemRecord } from "@/lib/api/serialize";
import { getItemsCiting } from "@/lib/data/checklists";
import { getPostmortem, getRelatedPostmortems } from "@/lib/data/postmortems";
import { viewerFromRequest } from "@/lib/auth/session";

async function read(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const viewer = await viewerFromRequest(request);
  const postmortem = await getPostmortem(slug, viewer);
  if (!postmortem) return notFoundJson(`Postmortem "${slug.slice(0, 100)}"`);
  const [related, items] = await Promise.all([getRelatedPostmortems(postmortem.id, viewer), getItemsCiting(postmortem.id)]);
  return json(postmortemRecord(postmortem, related, items));
}

/** PATCH is a partial edit against `baseVersion`; see README "API". */
export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = apiRoute({ GET: read, PATCH: slugRoute(updatePostmortem, { body: true }) });
