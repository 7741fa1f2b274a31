import { apiRoute } from "@/lib/api/api-route";
import { json } from "@/lib/api/respond";
import { listChecklists } from "@/lib/data/checklists";

async function list() {
  const checklists = await listChecklists();
  return json({
    items: checklists.map((c) => ({ slug: c.slug, title: c.title, summary: c.summary, itemCount: c.itemCount, storyCount: c.storyCount })),
  });
}

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = apiRoute({ GET: list });
