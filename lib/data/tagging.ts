import "server-only";
import { canRead, canTag, reviewScope } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer-types";
import { forbidden, notFound } from "@/lib/actions/result";
import { db } from "@/lib/db";
import { writeTransaction } from "@/lib/db-client";
import { recordAudit } from "@/lib/data/audit";
import { getCatalogIndex, readerOf, UNDER_TAGGED } from "@/lib/data/catalog";
import { replaceTaxonomy, type Tx } from "@/lib/data/postmortem-children";
import { normalise, readSnapshot } from "@/lib/data/postmortem-snapshot";
import { accessSelect, checkTaxonomy, recordRevision } from "@/lib/data/postmortem-writes";
import { getTaxonomy } from "@/lib/data/taxonomy";
import { visiblePostmortems } from "@/lib/data/visibility";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isUnderTagged } from "@/lib/review/readiness";
import { suggestFromText } from "@/lib/review/suggest";

type Sets = { tags: string[]; components: string[] };
type Target = Awaited<ReturnType<typeof loadTaggable>>;

const difference = (a: string[], b: string[]) => a.filter((x) => !b.includes(x));

async function loadTaggable(tx: Tx, viewer: Viewer, slug: string) {
  const pm = await tx.postmortem.findUnique({ where: { slug }, select: { ...accessSelect, slug: true } });
  if (!pm) throw notFound(`Postmortem not found: ${slug}.`);
  if (!canTag(viewer, pm)) throw forbidden(pm.kind === "curated" ? "Only admins can tag curated stories." : `You cannot tag “${slug}”: only its team's leads and admins can.`);
  return pm;
}

/**
 * A curated story's tags come from content/ plus these overrides. Each change toggles an override:
 * removing a tag an admin added drops the "add"; removing a content tag records a "remove".
 */
async function toggleOverrides(tx: Tx, postmortemId: number, kind: "tag" | "component", added: string[], removed: string[]) {
  for (const [op, slugs] of [["add", added], ["remove", removed]] as const) {
    const undo = op === "add" ? "remove" : "add";
    if (kind === "tag") {
      for (const { id: tagId } of await tx.tag.findMany({ where: { slug: { in: slugs } }, select: { id: true } })) {
        const { count } = await tx.tagOverride.deleteMany({ where: { postmortemId, tagId, op: undo } });
        if (!count) await tx.tagOverride.upsert({ where: { postmortemId_tagId: { postmortemId, tagId } }, create: { postmortemId, tagId, op }, update: { op } });
      }
    } else {
      for (const { id: componentId } of await tx.component.findMany({ where: { slug: { in: slugs } }, select: { id: true } })) {
        const { count } = await tx.componentOverride.deleteMany({ where: { postmortemId, componentId, op: undo } });
        if (!count) await tx.componentOverride.upsert({ where: { postmortemId_componentId: { postmortemId, componentId } }, create: { postmortemId, componentId, op }, update: { op } });
      }
    }
  }
}

/** Changes tags and components on one postmortem the viewer may tag; audited. Returns whether anything changed. */
async function applySets(tx: Tx, viewer: Viewer, pm: Target, change: (current: Sets) => Partial<Sets>) {
  const current = await readSnapshot(tx, pm.id);
  const wanted = change(current);
  const next = normalise({ ...current, tags: wanted.tags ?? current.tags, components: wanted.components ?? current.components });
  const before = { tags: current.tags, components: current.components };
  const after = { tags: next.tags, components: next.components };
  if (JSON.stringify(before) === JSON.stringify(after)) return false;
  await checkTaxonomy(tx, next);
  await replaceTaxonomy(tx, pm.id, after);
  if (pm.kind === "curated") {
    await toggleOverrides(tx, pm.id, "tag", difference(after.tags, before.tags), difference(before.tags, after.tags));
    await toggleOverrides(tx, pm.id, "component", difference(after.components, before.components), difference(before.components, after.components));
  } else {
    const version = pm.version + 1;
    await tx.postmortem.update({ where: { id: pm.id }, data: { version } });
    const changed = (["tags", "components"] as const).filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]));
    await recordRevision(tx, pm.id, version, viewer.id, changed, next);
  }
  await recordAudit(tx, viewer, { action: "postmortem.retag", entityType: "postmortem", entityLabel: pm.slug, postmortemId: pm.id, teamId: pm.teamId, before, after });
  return true;
}

/** The tag editor: replace one postmortem's tags and components. */
export async function retag(viewer: Viewer, input: { slug: string } & Partial<Sets>) {
  return writeTransaction(db, async (tx) => {
    const pm = await loadTaggable(tx, viewer, input.slug);
    const changed = await applySets(tx, viewer, pm, () => input);
    return { slug: pm.slug, changed };
  });
}

/** Adds or removes one tag on many postmortems at once. All or nothing: one refusal stops the batch. */
export async function bulkTag(viewer: Viewer, input: { slugs: string[]; tag: string; op: "add" | "remove" }) {
  return writeTransaction(db, async (tx) => {
    let changed = 0;
    for (const slug of input.slugs) {
      const pm = await loadTaggable(tx, viewer, slug);
      const edit = ({ tags }: Sets) => ({ tags: input.op === "add" ? [...new Set([...tags, input.tag])] : tags.filter((t) => t !== input.tag) });
      if (await applySets(tx, viewer, pm, edit)) changed++;
    }
    return { changed, total: input.slugs.length };
  });
}

/** Postmortems the viewer may tag: their teams' (leads), or all, curated included (admins). */
function taggableWhere(viewer: Viewer): Prisma.PostmortemWhereInput {
  const scope = reviewScope(viewer);
  return { AND: [visiblePostmortems(viewer), { archivedAt: null }, scope === "all" ? {} : { kind: "team", teamId: { in: scope } }] };
}

/** The tagging queue: postmortems with no tag or fewer than two, or every taggable one when `all`. */
export async function listTaggable(viewer: Viewer, all: boolean) {
  const rows = await db.postmortem.findMany({
    where: taggableWhere(viewer),
    orderBy: [{ kind: "desc" }, { updatedAt: "desc" }],
    select: {
      slug: true,
      title: true,
      kind: true,
      status: true,
      team: { select: { name: true } },
      tags: { select: { tag: { select: { slug: true, name: true } } } },
    },
  });
  const mapped = rows.map((row) => ({ ...row, tags: row.tags.map((t) => t.tag) }));
  return all ? mapped : mapped.filter((row) => isUnderTagged(row.tags.length));
}

/** For the navigation on every page a lead sees: a bitset intersection on the catalogue index, no rows read. */
export async function countUnderTagged(viewer: Viewer) {
  const scope = reviewScope(viewer);
  const index = await getCatalogIndex();
  const taggable = scope === "all" ? index.visibleTo(readerOf(viewer)) : index.ofTeams(scope);
  return taggable.countAnd(index.withFlag(UNDER_TAGGED));
}

/** What the tag editor needs: current sets, the taxonomy as options, and suggestions from the text. */
export async function getTagEditor(viewer: Viewer, slug: string) {
  const pm = await db.postmortem.findUnique({
    where: { slug },
    select: { ...accessSelect, slug: true, title: true, summary: true, impact: true, trigger: true, rootCause: true, detection: true, resolution: true, bodyText: true, lessons: { select: { text: true } } },
  });
  if (!pm || !canRead(viewer, pm)) return null;
  const [current, taxonomy] = await Promise.all([readSnapshot(db, pm.id), getTaxonomy()]);
  const tagOptions = taxonomy.activeCategories.flatMap((c) => c.tags.map((t) => ({ value: t.slug, label: t.name, description: t.description, group: c.name, terms: t.synonyms })));
  const componentOptions = taxonomy.components.map((c) => ({ value: c.slug, label: c.name, description: c.description, group: "Components", terms: "" }));
  const text = [pm.title, pm.summary, pm.impact, pm.trigger, pm.rootCause, pm.detection, pm.resolution, pm.bodyText, ...pm.lessons.map((l) => l.text)].join("\n");
  const suggest = (kind: "tags" | "components", options: typeof tagOptions) =>
    suggestFromText(text, options.map((o) => ({ slug: o.value, name: o.label, synonyms: o.terms.split(" ").filter(Boolean) })), current[kind]).map((s) => ({
      kind,
      value: s.slug,
      label: options.find((o) => o.value === s.slug)!.label,
      matched: s.matched,
      hits: s.hits,
    }));
  return {
    slug: pm.slug,
    title: pm.title,
    allowed: canTag(viewer, pm),
    kind: pm.kind,
    initial: { tags: current.tags, components: current.components },
    tagOptions,
    componentOptions,
    suggestions: [...suggest("tags", tagOptions), ...suggest("components", componentOptions)].sort((a, b) => b.hits - a.hits),
  };
}
