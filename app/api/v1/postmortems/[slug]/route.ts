import { updatePostmortem } from "@/lib/actions/postmortems";
import { fromResult, json, notFoundJson, readJson } from "@/lib/api/respond";
import { postmortemRecord } from "@/lib/api/serialize";
import { getPostmortem, getRelatedPostmortems } from "@/lib/data/postmortems";
import { viewerFromRequest } from "@/lib/auth/session";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const viewer = await viewerFromRequest(request);
  const postmortem = await getPostmortem(slug, viewer);
  if (!postmortem) return notFoundJson(`Postmortem "${slug.slice(0, 100)}"`);
  return json(postmortemRecord(postmortem, await getRelatedPostmortems(postmortem.id, viewer)));
}

export async function PATCH(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const body = await readJson(request);
  if (!body.ok) return body.response;
  const input = typeof body.value === "object" && body.value !== null ? { ...body.value, slug: (await params).slug } : body.value;
  return fromResult(await updatePostmortem(await viewerFromRequest(request), input));
}
