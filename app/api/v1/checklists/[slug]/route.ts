import { apiRoute } from "@/lib/api/api-route";
import { json, notFoundJson } from "@/lib/api/respond";
import { getChecklist } from "@/lib/data/checklists";

/** A checklist with every item, its check, its tags and the postmortems it cites (by slug, with titles). */
async function read(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const checklist = await getChecklist(slug);
  if (!checklist) return notFoundJson(`Checklist "${slug.slice(0, 100)}"`);
  return json({
    slug: checklist.slug,
    title: checklist.title,
    summary: checklist.summary,
    items: checklist.items.map((i) => ({
      key: i.key,
      control: i.control,
      why: i.why,
      check: { kind: i.checkKind, lang: i.checkLang, code: i.check },
      tags: i.tags.map((t) => t.slug),
      postmortems: i.postmortems.map((p) => ({ slug: p.slug, title: p.title })),
    })),
  });
}

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = apiRoute({ GET: read });
