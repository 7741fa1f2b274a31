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
  // A listed entry superseded by a retold story answers with that story's address.
  if (postmortem.retoldAs) return Response.redirect(new URL(`/api/v1/postmortems/${postmortem.retoldAs}`, request.url), 308);
  const [related, items] = await Promise.all([getRelatedPostmortems(postmortem.id, viewer), getItemsCiting(postmortem.id)]);
  return json(postmortemRecord(postmortem, related, items));
}

/**
 * PATCH is a partial edit against `baseVersion`; see README "API". Fields are checked one by one: the valid ones
 * are saved even when others are refused, and a 400 then says which were saved (`saved`) and the new `version`.
 */
function patched({ errors, ...saved }: { errors: Record<string, string[]> } & Record<string, unknown>) {
  if (Object.keys(errors).length) return json({ error: "invalid_input", message: "Some fields were not saved.", fields: errors, ...saved }, 400);
  return json(saved);
}

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = apiRoute({
  GET: read,
  PATCH: slugRoute(updatePostmortem, { body: true, respond: patched }),
});
