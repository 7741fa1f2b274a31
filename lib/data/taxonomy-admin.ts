import "server-only";
import { canManageTaxonomy } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer-types";
import { DomainError, forbidden, notFound } from "@/lib/actions/result";
import { db } from "@/lib/db";
import { writeTransaction } from "@/lib/db-client";
import { recordAudit } from "@/lib/data/audit";
import type { Tx } from "@/lib/data/postmortem-children";
import { storeSynonyms } from "@/lib/validation/taxonomy";

type TagFields = { category: string; slug: string; name: string; description: string; synonyms: string[] };

const fieldError = (field: string, message: string) => new DomainError(400, "Some fields need attention.", { errors: { [field]: [message] } });

/** Every taxonomy change is an admin's, in one transaction with its audit entry. */
function adminWrite<T>(viewer: Viewer, run: (tx: Tx) => Promise<T>) {
  if (!canManageTaxonomy(viewer)) throw forbidden("Only admins manage the taxonomy.");
  return writeTransaction(db, run);
}

async function activeCategory(tx: Tx, slug: string) {
  const category = await tx.category.findUnique({ where: { slug }, select: { id: true, retiredAt: true } });
  if (!category) throw fieldError("category", "Unknown category.");
  if (category.retiredAt) throw fieldError("category", "That category is retired. Restore it first.");
  return category;
}

/** A slug is free when no tag has it and no old link redirects from it. */
async function assertTagSlugFree(tx: Tx, slug: string, ownTagId?: number) {
  const [tag, redirect] = await Promise.all([
    tx.tag.findUnique({ where: { slug }, select: { id: true } }),
    tx.tagRedirect.findUnique({ where: { fromSlug: slug }, select: { tagId: true } }),
  ]);
  if (tag && tag.id !== ownTagId) throw fieldError("slug", `The slug “${slug}” is taken by another tag.`);
  if (redirect && redirect.tagId !== ownTagId) throw fieldError("slug", `The slug “${slug}” still redirects to another tag, so old links would break.`);
}

const tagSnapshot = (t: { slug: string; name: string; description: string; synonyms: string; category: { slug: string } }) => ({
  slug: t.slug,
  name: t.name,
  description: t.description,
  synonyms: t.synonyms,
  category: t.category.slug,
});
const tagSelect = { id: true, slug: true, name: true, description: true, synonyms: true, category: { select: { slug: true } } } as const;

export function createTag(viewer: Viewer, input: TagFields) {
  return adminWrite(viewer, async (tx) => {
    const category = await activeCategory(tx, input.category);
    await assertTagSlugFree(tx, input.slug);
    const tag = await tx.tag.create({
      data: { slug: input.slug, name: input.name, description: input.description, synonyms: storeSynonyms(input.synonyms), categoryId: category.id, origin: "app" },
      select: tagSelect,
    });
    await recordAudit(tx, viewer, { action: "tag.create", entityType: "tag", entityLabel: tag.slug, after: tagSnapshot(tag) });
    return { slug: tag.slug };
  });
}

/** Edits a tag. A new slug leaves a redirect behind, so every old link and content reference keeps working. */
export function updateTag(viewer: Viewer, input: TagFields & { current: string }) {
  return adminWrite(viewer, async (tx) => {
    const before = await tx.tag.findUnique({ where: { slug: input.current }, select: tagSelect });
    if (!before) throw notFound("Tag not found.");
    const category = input.category === before.category.slug ? { id: undefined } : await activeCategory(tx, input.category);
    if (input.slug !== before.slug) {
      await assertTagSlugFree(tx, input.slug, before.id);
      await tx.tagRedirect.deleteMany({ where: { fromSlug: input.slug } }); // renaming back to an old slug
      await tx.tagRedirect.create({ data: { fromSlug: before.slug, tagId: before.id } });
    }
    const after = await tx.tag.update({
      where: { id: before.id },
      data: { slug: input.slug, name: input.name, description: input.description, synonyms: storeSynonyms(input.synonyms), origin: "app", ...(category.id ? { categoryId: category.id } : {}) },
      select: tagSelect,
    });
    await recordAudit(tx, viewer, { action: input.slug !== before.slug ? "tag.rename" : "tag.update", entityType: "tag", entityLabel: after.slug, before: tagSnapshot(before), after: tagSnapshot(after) });
    return { slug: after.slug };
  });
}

/** Merges `from` into `into`: postmortems, overrides, checklist items and old links all move; `from` is gone. */
/** How many of a merge's postmortems the audit entry names; it counts them all. */
const AUDITED_SLUGS = 50;

export function mergeTags(viewer: Viewer, input: { from: string; into: string }) {
  return adminWrite(viewer, async (tx) => {
    const [from, into] = await Promise.all([tx.tag.findUnique({ where: { slug: input.from }, select: tagSelect }), tx.tag.findUnique({ where: { slug: input.into }, select: tagSelect })]);
    if (!from) throw fieldError("from", "Unknown tag.");
    if (!into) throw fieldError("into", "Unknown tag.");
    // Set-based whatever the tag's reach: one statement per link table (ON CONFLICT works in SQLite and PostgreSQL).
    const moved = await tx.postmortemTag.count({ where: { tagId: from.id } });
    const sample = await tx.postmortemTag.findMany({ where: { tagId: from.id }, take: AUDITED_SLUGS, select: { postmortem: { select: { slug: true } } } });
    const checklistItems = await tx.checklistItemTag.count({ where: { tagId: from.id } });
    await tx.$executeRaw`INSERT INTO "PostmortemTag" ("postmortemId", "tagId") SELECT "postmortemId", ${into.id} FROM "PostmortemTag" WHERE "tagId" = ${from.id} ON CONFLICT DO NOTHING`;
    await tx.$executeRaw`INSERT INTO "TagOverride" ("postmortemId", "tagId", "op") SELECT "postmortemId", ${into.id}, "op" FROM "TagOverride" WHERE "tagId" = ${from.id} ON CONFLICT DO NOTHING`;
    await tx.$executeRaw`INSERT INTO "ChecklistItemTag" ("itemId", "tagId") SELECT "itemId", ${into.id} FROM "ChecklistItemTag" WHERE "tagId" = ${from.id} ON CONFLICT DO NOTHING`;
    await tx.postmortemTag.deleteMany({ where: { tagId: from.id } });
    await tx.tagRedirect.updateMany({ where: { tagId: from.id }, data: { tagId: into.id } });
    await tx.tag.delete({ where: { id: from.id } });
    await tx.tagRedirect.create({ data: { fromSlug: from.slug, tagId: into.id } });
    await recordAudit(tx, viewer, {
      action: "tag.merge",
      entityType: "tag",
      entityLabel: from.slug,
      before: { from: tagSnapshot(from), into: into.slug, postmortems: moved, firstPostmortems: sample.map((u) => u.postmortem.slug), checklistItems },
      after: { into: into.slug },
    });
    return { into: into.slug, moved, checklistItems };
  });
}

export function createCategory(viewer: Viewer, input: { slug: string; name: string; description: string }) {
  return adminWrite(viewer, async (tx) => {
    if (await tx.category.findUnique({ where: { slug: input.slug }, select: { id: true } })) throw fieldError("slug", `The slug “${input.slug}” is taken.`);
    const last = await tx.category.aggregate({ _max: { position: true } });
    await tx.category.create({ data: { ...input, position: (last._max.position ?? 0) + 1, origin: "app" } });
    await recordAudit(tx, viewer, { action: "category.create", entityType: "category", entityLabel: input.slug, after: input });
    return { slug: input.slug };
  });
}

/** Retired categories leave pickers and the category grid; their tags and every existing link keep working. */
export function setCategoryRetired(viewer: Viewer, slug: string, retired: boolean) {
  return adminWrite(viewer, async (tx) => {
    const category = await tx.category.findUnique({ where: { slug }, select: { id: true, retiredAt: true } });
    if (!category) throw notFound("Category not found.");
    if (Boolean(category.retiredAt) === retired) return { slug, retired };
    await tx.category.update({ where: { id: category.id }, data: { retiredAt: retired ? new Date() : null, origin: "app" } });
    await recordAudit(tx, viewer, { action: retired ? "category.retire" : "category.restore", entityType: "category", entityLabel: slug, before: { retired: !retired }, after: { retired } });
    return { slug, retired };
  });
}
