import { updatePostmortem } from "@/lib/actions/postmortems";
import { fromResult, json, notFoundJson, readJsonObject } from "@/lib/api/respond";
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

/**
 * A partial edit against `baseVersion`; see README "API". Fields are checked one by one: the valid ones are
 * saved even when others are refused, and a 400 then says which were saved (`saved`) and the new `version`.
 */
export async function PATCH(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const body = await readJsonObject(request);
  if (!body.ok) return body.response;
  const result = await updatePostmortem(await viewerFromRequest(request), { ...body.value, slug: (await params).slug });
  if (!result.ok) return fromResult(result);
  const { errors, ...saved } = result.data;
  if (Object.keys(errors).length) return json({ error: "invalid_input", message: "Some fields were not saved.", fields: errors, ...saved }, 400);
  return json(saved);
}
