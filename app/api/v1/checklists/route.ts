import { json } from "@/lib/api/respond";
import { listChecklists } from "@/lib/data/checklists";

export async function GET() {
  const checklists = await listChecklists();
  return json({
    items: checklists.map((c) => ({ slug: c.slug, title: c.title, summary: c.summary, itemCount: c.itemCount, storyCount: c.storyCount })),
  });
}
