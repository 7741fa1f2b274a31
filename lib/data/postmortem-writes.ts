import "server-only";
import { canArchive, canChangeVisibility, canCreateIn, canEdit, canRead, canReadHistory, canRestore } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer-types";
import { DomainError, forbidden, notFound } from "@/lib/actions/result";
import { db } from "@/lib/db";
import { writeTransaction } from "@/lib/db-client";
import { announceAssignments } from "@/lib/data/action-item-events";
import { resolveOwners } from "@/lib/data/action-item-owners";
import { recordAudit } from "@/lib/data/audit";
import { isChildList, replaceChildren, type Tx } from "@/lib/data/postmortem-children";
import { changedFields, childRows, normalise, parseSnapshot, readSnapshot, scalarColumns } from "@/lib/data/postmortem-snapshot";
import { slugify } from "@/lib/text";
import { postmortemFields, type FieldErrorMap, type PostmortemFields } from "@/lib/validation/postmortem";

/**
 * Autosave bursts by one author within this window update one revision instead of creating many, as long as
 * nothing else changed the postmortem in between (another author, a submit, a send-back, a publish): then the
 * save starts a new revision, so a reviewer sees what changed after each step.
 */
const REVISION_COALESCE_MS = 5 * 60 * 1000;

export const accessSelect = { id: true, kind: true, teamId: true, visibility: true, status: true, archivedAt: true, version: true } as const;

export async function loadForWrite(tx: Tx, viewer: Viewer, slug: string) {
  const pm = await tx.postmortem.findUnique({ where: { slug }, select: accessSelect });
  // Someone who cannot read it learns nothing, not even that it exists.
  if (!pm || !canRead(viewer, pm)) throw notFound("Postmortem not found.");
  return pm;
}

/** Unknown tag or component slugs are refused rather than silently dropped: the errors, by field. */
async function taxonomyErrors(tx: Tx, fields: Partial<Pick<PostmortemFields, "tags" | "components">>) {
  const wantedTags = fields.tags ?? [];
  const wantedComponents = fields.components ?? [];
  const [tags, components] = await Promise.all([
    tx.tag.findMany({ where: { slug: { in: wantedTags } }, select: { slug: true } }),
    tx.component.findMany({ where: { slug: { in: wantedComponents } }, select: { slug: true } }),
  ]);
  const errors: FieldErrorMap = {};
  const unknownTags = wantedTags.filter((s) => !tags.some((t) => t.slug === s));
  const unknownComponents = wantedComponents.filter((s) => !components.some((c) => c.slug === s));
  if (unknownTags.length) errors.tags = [`Unknown tag: ${unknownTags.join(", ")}.`];
  if (unknownComponents.length) errors.components = [`Unknown component: ${unknownComponents.join(", ")}.`];
  return errors;
}

export async function checkTaxonomy(tx: Tx, fields: Pick<PostmortemFields, "tags" | "components">) {
  const errors = await taxonomyErrors(tx, fields);
  if (Object.keys(errors).length) throw new DomainError(400, "Some fields need attention.", { errors });
}

export async function recordRevision(tx: Tx, postmortemId: number, version: number, authorId: number, changed: string[], fields: PostmortemFields) {
  const last = await tx.revision.findFirst({ where: { postmortemId }, orderBy: { id: "desc" }, select: { id: true, version: true, authorId: true, createdAt: true, changedFields: true } });
  const snapshot = JSON.stringify(fields);
  // The revision that created the postmortem is always kept as its own checkpoint.
  const burst = last && last.version > 1 && last.version === version - 1 && last.authorId === authorId;
  if (burst && Date.now() - last.createdAt.getTime() < REVISION_COALESCE_MS) {
    const merged = [...new Set([...(JSON.parse(last.changedFields) as string[]), ...changed])];
    await tx.revision.update({ where: { id: last.id }, data: { version, snapshot, changedFields: JSON.stringify(merged) } });
  } else {
    await tx.revision.create({ data: { postmortemId, version, authorId, snapshot, changedFields: JSON.stringify(changed) } });
  }
}

export async function uniqueSlug(tx: Tx, base: string) {
  for (let n = 1; ; n++) {
    const slug = n === 1 ? base : `${base}-${n}`;
    if (!(await tx.postmortem.findUnique({ where: { slug }, select: { id: true } }))) return slug;
  }
}

/** Files a new team postmortem as a draft. Only a lead or admin may make it public from the start. */
export async function createTeamPostmortem(viewer: Viewer, input: PostmortemFields & { teamId: number }) {
  const { teamId, ...raw } = input;
  const fields = normalise(raw);
  if (!canCreateIn(viewer, teamId)) throw forbidden("You can only file postmortems for teams you belong to.");
  if (fields.visibility === "public" && !canChangeVisibility(viewer, { kind: "team", teamId })) {
    throw forbidden("Only the team's leads and admins can make a postmortem public.");
  }
  return writeTransaction(db, async (tx) => {
    const team = await tx.team.findUnique({ where: { id: teamId }, select: { slug: true, name: true } });
    if (!team) throw notFound("Team not found.");
    await checkTaxonomy(tx, fields);
    const owners = await resolveOwners(tx, teamId, fields.actionItems);
    if (Object.keys(owners.errors).length) throw new DomainError(400, "Some fields need attention.", { errors: owners.errors });
    fields.actionItems = owners.items;
    const slug = await uniqueSlug(tx, `${team.slug}-${slugify(fields.title, 50)}`);
    const created = await tx.postmortem.create({
      data: { slug, kind: "team", status: "draft", teamId, createdById: viewer.id, organization: team.name, version: 1, ...scalarColumns(fields) },
      select: { id: true },
    });
    const { assigned } = await replaceChildren(tx, created.id, childRows(fields));
    await announceAssignments(tx, viewer, { id: created.id, slug, title: fields.title, teamId }, assigned);
    await recordRevision(tx, created.id, 1, viewer.id, changedFields(postmortemFields.parse({ title: fields.title, incidentDate: fields.incidentDate }), fields), fields);
    await recordAudit(tx, viewer, { action: "postmortem.create", entityType: "postmortem", entityLabel: slug, postmortemId: created.id, teamId, after: { status: "draft", visibility: fields.visibility } });
    return { slug, version: 1 };
  });
}

/**
 * Applies a (partial) edit made against `baseVersion`. A stale base is a conflict: nothing is written and the
 * caller gets the current version and fields, so the editor can show both and keep the user's text.
 * `refused` are fields that did not parse: they are reported back, and every other field is still saved,
 * so one bad source URL never holds back the text typed elsewhere. `saved` names the fields now stored as sent.
 */
export async function updateTeamPostmortem(
  viewer: Viewer,
  input: Partial<PostmortemFields> & { slug: string; baseVersion: number },
  refused: FieldErrorMap = {},
) {
  const { slug, baseVersion, ...sent } = input;
  return writeTransaction(db, async (tx) => {
    const pm = await loadForWrite(tx, viewer, slug);
    if (!canEdit(viewer, pm)) {
      throw forbidden(
        pm.archivedAt
          ? "This postmortem is archived. Restore it before editing."
          : pm.status !== "draft" && pm.kind === "team"
            ? "This postmortem is in review or published, so only the team's leads and admins can edit it."
            : "You cannot edit this postmortem.",
      );
    }
    const current = await readSnapshot(tx, pm.id);
    if (pm.version !== baseVersion) {
      const last = await tx.revision.findFirst({ where: { postmortemId: pm.id }, orderBy: { id: "desc" }, select: { updatedAt: true, author: { select: { name: true } } } });
      throw new DomainError(409, "Someone saved a newer version while you were editing. Your text is kept; compare and choose.", {
        conflict: { version: pm.version, fields: current, savedBy: last?.author?.name ?? null, savedAt: last?.updatedAt ?? null },
      });
    }
    const unknown = await taxonomyErrors(tx, sent);
    // A list with an owner outside the team is refused whole, like a list with an unknown tag.
    const owners = sent.actionItems && pm.teamId !== null ? await resolveOwners(tx, pm.teamId, sent.actionItems) : null;
    if (owners && Object.keys(owners.errors).length) Object.assign(unknown, owners.errors, { actionItems: ["Some owners are not in the team."] });
    else if (owners) sent.actionItems = owners.items;
    const errors = { ...refused, ...unknown };
    const patch = Object.fromEntries(Object.entries(sent).filter(([key]) => !(key in unknown))) as Partial<PostmortemFields>;
    const saved = Object.keys(patch);
    const next = normalise(postmortemFields.parse({ ...current, ...patch }));
    if (next.visibility !== current.visibility && !canChangeVisibility(viewer, pm)) {
      throw forbidden("Only the team's leads and admins can change who can see a postmortem.");
    }
    const changed = changedFields(current, next);
    if (changed.length === 0) return { slug, version: pm.version, changed, saved, errors };
    const version = pm.version + 1;
    await tx.postmortem.update({ where: { id: pm.id }, data: { ...scalarColumns(next), version } });
    const { assigned } = await replaceChildren(tx, pm.id, childRows(next), changed.filter(isChildList));
    await announceAssignments(tx, viewer, { id: pm.id, slug, title: next.title, teamId: pm.teamId }, assigned);
    await recordRevision(tx, pm.id, version, viewer.id, changed, next);
    if (changed.includes("visibility")) {
      await recordAudit(tx, viewer, { action: "postmortem.visibility", entityType: "postmortem", entityLabel: slug, postmortemId: pm.id, teamId: pm.teamId, before: { visibility: current.visibility }, after: { visibility: next.visibility } });
    }
    // Tags and components decide where a story is listed: an edit through the editor or PATCH is audited like the tag editor.
    if (changed.includes("tags") || changed.includes("components")) {
      const sets = (f: PostmortemFields) => ({ tags: f.tags, components: f.components });
      await recordAudit(tx, viewer, { action: "postmortem.retag", entityType: "postmortem", entityLabel: slug, postmortemId: pm.id, teamId: pm.teamId, before: sets(current), after: sets(next) });
    }
    return { slug, version, changed, saved, errors };
  });
}

/** Soft delete and its undo. Archiving bumps the version so open editors cannot keep saving. */
export async function setArchived(viewer: Viewer, slug: string, archived: boolean) {
  return writeTransaction(db, async (tx) => {
    const pm = await loadForWrite(tx, viewer, slug);
    if (archived ? !canArchive(viewer, pm) : !canRestore(viewer, pm)) {
      throw forbidden(archived ? "Only the team's leads and admins can archive." : "Only the team's leads and admins can restore.");
    }
    await tx.postmortem.update({ where: { id: pm.id }, data: { archivedAt: archived ? new Date() : null, version: pm.version + 1 } });
    await recordAudit(tx, viewer, { action: archived ? "postmortem.archive" : "postmortem.restore", entityType: "postmortem", entityLabel: slug, postmortemId: pm.id, teamId: pm.teamId, before: { archived: !archived }, after: { archived } });
    return { slug, archived };
  });
}

/** Saves an old revision's content as a new version. Visibility is kept unless the viewer may change it. */
export async function restoreRevision(viewer: Viewer, slug: string, revisionId: number) {
  const pm = await db.postmortem.findUnique({ where: { slug }, select: { ...accessSelect, revisions: { where: { id: revisionId }, select: { snapshot: true } } } });
  // Revisions are the team's: an outsider who can read the published story learns nothing about them.
  if (!pm || !canReadHistory(viewer, pm) || !pm.revisions[0]) throw notFound("Revision not found.");
  const { visibility, ...fields } = parseSnapshot(pm.revisions[0].snapshot);
  const keepVisibility = canChangeVisibility(viewer, pm) ? { visibility } : {};
  return updateTeamPostmortem(viewer, { slug, baseVersion: pm.version, ...fields, ...keepVisibility });
}

/** The editor's starting point: current fields and version, if the viewer may edit. */
export async function getEditable(viewer: Viewer, slug: string) {
  const pm = await db.postmortem.findUnique({ where: { slug }, select: { ...accessSelect, team: { select: { id: true, name: true, slug: true } } } });
  if (!pm || !canRead(viewer, pm)) return null;
  return { ...pm, editable: canEdit(viewer, pm), fields: await readSnapshot(db, pm.id) };
}
