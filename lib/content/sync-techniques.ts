import type { LoadedContent, LoadedTechnique } from "@/lib/content/load";
import type { Tx } from "@/lib/data/postmortem-children";

/** What the techniques search section matches: lower-cased, so the query is portable (no ILIKE, no collation). */
function searchText(t: LoadedTechnique, names: Map<string, string>) {
  const e = t.entry;
  return [e.title, e.summary, e.symptom, ...e.tags.map((s) => names.get(`tag:${s}`) ?? s), ...e.components.map((s) => names.get(`component:${s}`) ?? s)]
    .join(" ")
    .toLowerCase();
}

/** Writes techniques whose file changed, rebuilds their story links, and removes techniques whose file is gone. */
export async function syncTechniques(tx: Tx, content: LoadedContent) {
  const names = new Map([...content.tags.map((t) => [`tag:${t.slug}`, t.name] as const), ...content.components.map((c) => [`component:${c.slug}`, c.name] as const)]);
  const hashes = new Map((await tx.technique.findMany({ select: { slug: true, contentHash: true } })).map((t) => [t.slug, t.contentHash]));
  const storyIds = new Map((await tx.postmortem.findMany({ where: { kind: "curated", coverage: "retold" }, select: { id: true, slug: true } })).map((p) => [p.slug, p.id]));
  for (const t of content.techniques) {
    if (hashes.get(t.slug) === t.hash) continue;
    const e = t.entry;
    const data = {
      title: e.title,
      summary: e.summary,
      symptom: e.symptom,
      commands: JSON.stringify(e.commands),
      caveats: JSON.stringify(e.caveats),
      sourceTitle: e.source.title,
      sourceUrl: e.source.url,
      tags: JSON.stringify(e.tags),
      components: JSON.stringify(e.components),
      searchText: searchText(t, names),
      position: e.position,
      contentHash: t.hash,
    };
    const { id } = await tx.technique.upsert({ where: { slug: t.slug }, create: { slug: t.slug, ...data }, update: data, select: { id: true } });
    await tx.techniquePostmortem.deleteMany({ where: { techniqueId: id } });
    await tx.techniquePostmortem.createMany({ data: e.postmortems.map((slug) => ({ techniqueId: id, postmortemId: storyIds.get(slug)! })) });
  }
  await tx.technique.deleteMany({ where: { slug: { notIn: content.techniques.map((t) => t.slug) } } });
}
