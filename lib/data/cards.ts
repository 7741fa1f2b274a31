import "server-only";
import { db } from "@/lib/db";
import type { SnippetSegment } from "@/lib/search/snippet";

const cardSelect = {
  id: true,
  slug: true,
  title: true,
  organization: true,
  severity: true,
  incidentDate: true,
  datePrecision: true,
  durationMinutes: true,
  durationApproximate: true,
  platform: true,
  summary: true,
  kind: true,
  status: true,
  visibility: true,
  team: { select: { slug: true, name: true } },
  tags: { select: { tag: { select: { slug: true, name: true, category: { select: { slug: true } } } } } },
  components: { select: { component: { select: { slug: true, name: true } } } },
} as const;

export type PostmortemCard = {
  id: number;
  slug: string;
  title: string;
  organization: string;
  severity: string;
  incidentDate: Date;
  datePrecision: string;
  durationMinutes: number | null;
  durationApproximate: boolean;
  platform: string;
  summary: string;
  kind: string;
  status: string;
  visibility: string;
  team: { slug: string; name: string } | null;
  tags: { slug: string; name: string; category: string }[];
  components: { slug: string; name: string }[];
  snippet?: SnippetSegment[];
};

/** Loads list cards for the given ids, keeping the order of `ids`. */
export async function getCards(ids: number[]): Promise<PostmortemCard[]> {
  if (ids.length === 0) return [];
  const rows = await db.postmortem.findMany({ where: { id: { in: ids } }, select: cardSelect });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    const { tags, components, ...rest } = row;
    return [
      {
        ...rest,
        tags: tags.map((t) => ({ slug: t.tag.slug, name: t.tag.name, category: t.tag.category.slug })).sort((a, b) => a.name.localeCompare(b.name)),
        components: components.map((c) => c.component).sort((a, b) => a.name.localeCompare(b.name)),
      },
    ];
  });
}
