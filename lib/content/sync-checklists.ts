import type { LoadedChecklist } from "@/lib/content/load";
import { followTagRedirects } from "@/lib/content/tag-redirects";
import type { Tx } from "@/lib/data/postmortem-children";

type CompiledChecklist = LoadedChecklist & { html: string };

/**
 * Writes one checklist. Items are matched by `key`, so a team's run answers survive edits to an item's
 * wording; items whose key left the file are deleted with their answers. Tag slugs follow renames and merges.
 */
export async function writeChecklist(tx: Tx, checklist: CompiledChecklist) {
  const f = checklist.frontmatter;
  const data = { title: f.title, summary: f.summary, body: checklist.html, position: f.position, contentHash: checklist.hash };
  const { id: checklistId } = await tx.checklist.upsert({ where: { slug: checklist.slug }, create: { slug: checklist.slug, ...data }, update: data, select: { id: true } });
  await tx.checklistItem.deleteMany({ where: { checklistId, key: { notIn: f.items.map((i) => i.key) } } });
  for (const [position, item] of f.items.entries()) {
    const fields = { position, control: item.control, why: item.why, checkKind: item.check.kind, checkLang: item.check.lang, check: item.check.code };
    const { id: itemId } = await tx.checklistItem.upsert({
      where: { checklistId_key: { checklistId, key: item.key } },
      create: { checklistId, key: item.key, ...fields },
      update: fields,
      select: { id: true },
    });
    await tx.checklistItemTag.deleteMany({ where: { itemId } });
    await tx.checklistItemPostmortem.deleteMany({ where: { itemId } });
    const tags = await tx.tag.findMany({ where: { slug: { in: await followTagRedirects(tx, item.tags) } }, select: { id: true } });
    const postmortems = await tx.postmortem.findMany({ where: { kind: "curated", slug: { in: item.postmortems } }, select: { id: true } });
    await tx.checklistItemTag.createMany({ data: tags.map((t) => ({ itemId, tagId: t.id })) });
    await tx.checklistItemPostmortem.createMany({ data: postmortems.map((p) => ({ itemId, postmortemId: p.id })) });
  }
}
