import { json, notFoundJson } from "@/lib/api/respond";
import { postmortemRecord } from "@/lib/api/serialize";
import { getPostmortem, getRelatedPostmortems } from "@/lib/data/postmortems";

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const postmortem = await getPostmortem(slug);
  if (!postmortem) return notFoundJson(`Postmortem "${slug.slice(0, 100)}"`);
  return json(postmortemRecord(postmortem, await getRelatedPostmortems(postmortem.id)));
}
