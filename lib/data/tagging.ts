import "server-only";
import { canRead, canTag, reviewScope } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer-types";
import { DomainError, forbidden, notFound } from "@/lib/actions/result";
import { db } from "@/lib/db";
import { writeTransaction } from "@/lib/db-client";
import { auditRow, recordAudit } from "@/lib/data/audit";
import { getCatalogIndex, readerOf, UNDER_TAGGED } from "@/lib/data/catalog";
import { replaceTaxonomy, type Tx } from "@/lib/data/postmortem-children";
import { normalise, parseSnapshot, readSnapshot } from "@/lib/data/postmortem-snapshot";
import { accessSelect, checkTaxonomy, recordRevision } from "@/lib/data/postmortem-writes";
import { getTaxonomy } from "@/lib/data/taxonomy";
import { synonymList } from "@/lib/validation/taxonomy";
import { suggestFromText } from "@/lib/review/suggest";

type Sets = { tags: string[]; components: string[] };
type Target = Awaited<ReturnType<typeof loadTaggable>>;

const difference = (a: string[], b: string[]) => a.filter((x) => !b.includes(x));

const taggingRefusal = (pm: { kind: string; slug: string }) =>
  pm.kind === "curated" ? "Only admins can tag curated stories." : `You cannot tag “${pm.slug}”: only its team's leads and admins can.`;

async function loadTaggable(tx: Tx, viewer: Viewer, slug: string) {
  const pm = await tx.postmortem.findUnique({ where: { slug }, select: { ...accessSelect, slug: true } });
  // Read permission first: a postmortem the caller may not read gets the same answer as an unknown slug.
  if (!pm || !canRead(viewer, pm)) throw notFound("Postmortem not found.");
  if (!canTag(viewer, pm)) throw forbidden(taggingRefusal(pm));
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

/**
 * Adds or removes one tag on many postmortems at once, all or nothing, in a fixed number of set-based statements
 * whatever the selection size, with one revision (team stories) and one audit entry per changed postmortem.
 * Unknown and unreadable slugs are reported alike, by count only. Returns exactly which slugs changed, for undo.
 */
export async function bulkTag(viewer: Viewer, input: { slugs: string[]; tag: string; op: "add" | "remove" }) {
  return writeTransaction(db, async (tx) => {
    const slugs = [...new Set(input.slugs)];
    const found = await tx.postmortem.findMany({ where: { slug: { in: slugs } }, select: { ...accessSelect, slug: true } });
    const readable = found.filter((pm) => canRead(viewer, pm));
    const missing = slugs.length - readable.length;
    if (missing) throw notFound(`${missing} of the selected postmortems ${missing === 1 ? "was" : "were"} not found. Reload the list and try again.`);
    const refused = readable.find((pm) => !canTag(viewer, pm));
    if (refused) throw forbidden(taggingRefusal(refused));
    const tag = await tx.tag.findUnique({ where: { slug: input.tag }, select: { id: true, name: true } });
    if (!tag) throw new DomainError(400, "Some fields need attention.", { errors: { tag: [`Unknown tag: ${input.tag}.`] } });

    const ids = readable.map((pm) => pm.id);
    const links = await tx.postmortemTag.findMany({ where: { postmortemId: { in: ids } }, select: { postmortemId: true, tag: { select: { slug: true } } } });
    const tagsOf = (id: number) => links.filter((l) => l.postmortemId === id).map((l) => l.tag.slug).sort();
    const has = (id: number) => tagsOf(id).includes(input.tag);
    const changed = readable.filter((pm) => (input.op === "add" ? !has(pm.id) : has(pm.id)));
    const changedIds = changed.map((pm) => pm.id);
    if (changed.length === 0) return { changed: [] as string[], total: slugs.length, tag: { slug: input.tag, name: tag.name }, op: input.op };

    if (input.op === "add") await tx.postmortemTag.createMany({ data: changedIds.map((postmortemId) => ({ postmortemId, tagId: tag.id })) });
    else await tx.postmortemTag.deleteMany({ where: { tagId: tag.id, postmortemId: { in: changedIds } } });

    // Curated stories: an opposite override is cancelled, otherwise one is recorded (see toggleOverrides).
    const curatedIds = changed.filter((pm) => pm.kind === "curated").map((pm) => pm.id);
    if (curatedIds.length) {
      const undo = input.op === "add" ? "remove" : "add";
      const cancelled = await tx.tagOverride.findMany({ where: { tagId: tag.id, postmortemId: { in: curatedIds }, op: undo }, select: { postmortemId: true } });
      await tx.tagOverride.deleteMany({ where: { tagId: tag.id, postmortemId: { in: curatedIds } } });
      const recorded = curatedIds.filter((id) => !cancelled.some((c) => c.postmortemId === id));
      await tx.tagOverride.createMany({ data: recorded.map((postmortemId) => ({ postmortemId, tagId: tag.id, op: input.op })) });
    }

    // Team stories: bump the version (open editors get a conflict) and record a revision of the new tag set.
    const team = changed.filter((pm) => pm.kind === "team");
    if (team.length) {
      await tx.postmortem.updateMany({ where: { id: { in: team.map((pm) => pm.id) } }, data: { version: { increment: 1 } } });
      // The newest revision of each, found by an aggregate, so only those snapshots are read.
      const newest = await tx.revision.groupBy({ by: ["postmortemId"], where: { postmortemId: { in: team.map((pm) => pm.id) } }, _max: { id: true } });
      const snapshots = await tx.revision.findMany({
        where: { id: { in: newest.flatMap((r) => (r._max.id ? [r._max.id] : [])) } },
        select: { postmortemId: true, snapshot: true },
      });
      await tx.revision.createMany({
        data: team.flatMap((pm) => {
          const last = snapshots.find((r) => r.postmortemId === pm.id);
          if (!last) return [];
          const snapshot = JSON.stringify({ ...parseSnapshot(last.snapshot), tags: afterTags(tagsOf(pm.id), input) });
          return [{ postmortemId: pm.id, version: pm.version + 1, authorId: viewer.id, snapshot, changedFields: JSON.stringify(["tags"]) }];
        }),
      });
    }

    await tx.auditEntry.createMany({
      data: changed.map((pm) =>
        auditRow(viewer, { action: "postmortem.retag", entityType: "postmortem", entityLabel: pm.slug, postmortemId: pm.id, teamId: pm.teamId, before: { tags: tagsOf(pm.id) }, after: { tags: afterTags(tagsOf(pm.id), input) } }),
      ),
    });
    return { changed: changed.map((pm) => pm.slug), total: slugs.length, tag: { slug: input.tag, name: tag.name }, op: input.op };
  });
}

const afterTags = (tags: string[], input: { tag: string; op: "add" | "remove" }) =>
  (input.op === "add" ? [...tags, input.tag] : tags.filter((t) => t !== input.tag)).sort();


export const TAGGING_PAGE_SIZE = 50;

/**
 * One page of the tagging queue: postmortems with no tag or fewer than two (or every taggable one when `all`),
 * newest incident first. The set comes from the catalogue index, so only the page's rows are read.
 */
export async function listTaggable(viewer: Viewer, all: boolean, requestedPage = 1) {
  const scope = reviewScope(viewer);
  const index = await getCatalogIndex();
  const taggable = scope === "all" ? index.visibleTo(readerOf(viewer)) : index.ofTeams(scope);
  if (!all) taggable.and(index.withFlag(UNDER_TAGGED));
  const total = taggable.count();
  const pages = Math.max(1, Math.ceil(total / TAGGING_PAGE_SIZE));
  const page = Math.min(Math.max(1, requestedPage), pages);
  const ids = index.page(taggable, "newest", (page - 1) * TAGGING_PAGE_SIZE, TAGGING_PAGE_SIZE);
  const found = await db.postmortem.findMany({
    where: { id: { in: ids } },
    select: { id: true, slug: true, title: true, kind: true, status: true, team: { select: { name: true } }, tags: { select: { tag: { select: { slug: true, name: true } } } } },
  });
  const byId = new Map(found.map((row) => [row.id, { ...row, tags: row.tags.map((t) => t.tag) }]));
  return { rows: ids.flatMap((id) => byId.get(id) ?? []), total, page, pages };
}

/** For the navigation on every page a lead sees: a bitset intersection on the catalogue index, no rows read. */
export async function countUnderTagged(viewer: Viewer) {
  const scope = reviewScope(viewer);
  const index = await getCatalogIndex();
  const taggable = scope === "all" ? index.visibleTo(readerOf(viewer)) : index.ofTeams(scope);
  return taggable.countAnd(index.withFlag(UNDER_TAGGED));
}

type Taxonomy = Awaited<ReturnType<typeof getTaxonomy>>;
const comboTagOptions = (taxonomy: Taxonomy) =>
  taxonomy.activeCategories.flatMap((c) => c.tags.map((t) => ({ value: t.slug, label: t.name, description: t.description, group: c.name, terms: t.synonyms })));

/** The tag options of the bulk tagging form: the same type-ahead as the tag editor. */
export const getBulkTagOptions = async () => comboTagOptions(await getTaxonomy());

/** What the tag editor needs: current sets, the taxonomy as options, and suggestions from the text. */
export async function getTagEditor(viewer: Viewer, slug: string) {
  const pm = await db.postmortem.findUnique({
    where: { slug },
    select: { ...accessSelect, slug: true, title: true, summary: true, impact: true, trigger: true, rootCause: true, detection: true, resolution: true, bodyText: true, lessons: { select: { text: true } } },
  });
  if (!pm || !canRead(viewer, pm)) return null;
  const [current, taxonomy] = await Promise.all([readSnapshot(db, pm.id), getTaxonomy()]);
  const tagOptions = comboTagOptions(taxonomy);
  const componentOptions = taxonomy.components.map((c) => ({ value: c.slug, label: c.name, description: c.description, group: "Components", terms: "" }));
  const text = [pm.title, pm.summary, pm.impact, pm.trigger, pm.rootCause, pm.detection, pm.resolution, pm.bodyText, ...pm.lessons.map((l) => l.text)].join("\n");
  const suggest = (kind: "tags" | "components", options: typeof tagOptions) =>
    suggestFromText(text, options.map((o) => ({ slug: o.value, name: o.label, synonyms: synonymList(o.terms) })), current[kind]).map((s) => ({
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
