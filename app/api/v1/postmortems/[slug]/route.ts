import { updatePostmortem } from "@/lib/actions/postmortems";
import { json, notFoundJson } from "@/lib/api/respond";
import { slugRoute } from "@/lib/api/slug-route";
import { postmortemRecord } from "@/lib/api/serialize";
import { getItemsCiting } from "@/lib/data/checklists";
import { getPostmortem, getRelatedPostmortems } from "@/lib/data/postmortems";
import { viewerFromRequest } from "@/lib/auth/session";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const viewer = await viewerFromRequest(request);
  const postmortem = await getPostmortem(slug, viewer);
  if (!postmortem) return notFoundJson(`Postmortem "${slug.slice(0, 100)}"`);
  const [related, items] = await Promise.all([getRelatedPostmortems(postmortem.id, viewer), getItemsCiting(postmortem.id)]);
  return json(postmortemRecord(postmortem, related, items));
}

/** A partial edit against `baseVersion`; see README "API". */
export const PATCH = slugRoute(updatePostmortem, { body: true });
