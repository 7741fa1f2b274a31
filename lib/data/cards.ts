import "server-only";
import { groupBy } from "@/lib/data/catalog";
import { sql, type CardRow } from "@/lib/data/sql/dialect";
import type { SnippetSegment } from "@/lib/search/snippet";

export type PostmortemCard = CardRow & {
  tags: { slug: string; name: string; category: string }[];
  components: { slug: string; name: string }[];
  snippet?: SnippetSegment[];
};

/** Loads list cards for the given ids, keeping the order of `ids`: three indexed reads, whatever the page size. */
export async function getCards(ids: number[]): Promise<PostmortemCard[]> {
  if (ids.length === 0) return [];
  const dialect = sql();
  const [rows, tags, components] = await Promise.all([dialect.cardRows(ids), dialect.tagLinks(ids), dialect.componentLinks(ids)]);
  const byId = new Map(rows.map((row) => [row.id, row]));
  const tagsOf = groupBy(tags);
  const componentsOf = groupBy(components);
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
  return ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    return [
      {
        ...row,
        tags: (tagsOf.get(id) ?? []).map((t) => ({ slug: t.slug, name: t.name, category: t.category })).sort(byName),
        components: (componentsOf.get(id) ?? []).map((c) => ({ slug: c.slug, name: c.name })).sort(byName),
      },
    ];
  });
}
