import "server-only";
import { canEdit, canRead } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer-types";
import { forbidden, notFound } from "@/lib/actions/result";
import { db } from "@/lib/db";
import { writeTransaction } from "@/lib/db-client";
import { recordAudit } from "@/lib/data/audit";
import { getCards } from "@/lib/data/cards";
import { sql } from "@/lib/data/sql/dialect";
import { accessSelect, loadForWrite } from "@/lib/data/postmortem-writes";
import { visiblePostmortems } from "@/lib/data/visibility";

/** A team postmortem links at most this many stories; pages list them all. */
export const MAX_LINKS = 20;

// "Looks like" links a team postmortem to public stories it resembles. Whoever may edit the postmortem links and
// unlinks; only stories anyone may read can be linked, so a link never points at something private.

async function linkTargets(tx: Parameters<Parameters<typeof writeTransaction>[1]>[0], viewer: Viewer, input: { slug: string; story: string }) {
  const pm = await loadForWrite(tx, viewer, input.slug);
  if (pm.kind !== "team" || !canEdit(viewer, pm)) throw forbidden("Only people who may edit this postmortem can link stories to it.");
  const story = await tx.postmortem.findUnique({ where: { slug: input.story }, select: { ...accessSelect, retoldAs: true } });
  if (!story || story.id === pm.id || story.retoldAs || !canRead(null, story)) throw notFound("Story not found.");
  return { pm, story };
}

export async function linkStory(viewer: Viewer, input: { slug: string; story: string }) {
  return writeTransaction(db, async (tx) => {
    const { pm, story } = await linkTargets(tx, viewer, input);
    const key = { teamPostmortemId_storyId: { teamPostmortemId: pm.id, storyId: story.id } };
    if (await tx.postmortemLink.findUnique({ where: key, select: { storyId: true } })) return { slug: input.slug, story: input.story, linked: true };
    if ((await tx.postmortemLink.count({ where: { teamPostmortemId: pm.id } })) >= MAX_LINKS) {
      throw forbidden(`A postmortem can look like at most ${MAX_LINKS} stories. Unlink one first.`);
    }
    await tx.postmortemLink.create({ data: { teamPostmortemId: pm.id, storyId: story.id, createdById: viewer.id } });
    await recordAudit(tx, viewer, { action: "postmortem.looks-like", entityType: "postmortem", entityLabel: input.slug, postmortemId: pm.id, teamId: pm.teamId, after: { linked: input.story } });
    return { slug: input.slug, story: input.story, linked: true };
  });
}

export async function unlinkStory(viewer: Viewer, input: { slug: string; story: string }) {
  return writeTransaction(db, async (tx) => {
    const { pm, story } = await linkTargets(tx, viewer, input);
    const { count } = await tx.postmortemLink.deleteMany({ where: { teamPostmortemId: pm.id, storyId: story.id } });
    if (count) await recordAudit(tx, viewer, { action: "postmortem.looks-like", entityType: "postmortem", entityLabel: input.slug, postmortemId: pm.id, teamId: pm.teamId, before: { linked: input.story } });
    return { slug: input.slug, story: input.story, linked: false };
  });
}

// The reads below run on every detail page view, so they go through the hot read path (SqlDialect.read) rather than
// Prisma's query engine, which cost ~0.3–0.5 ms a statement there against ~0.05.

/** The stories a team postmortem looks like, as cards, for whoever may read it (they are all public). */
export async function looksLike(postmortemId: number) {
  const links = await sql().read<{ storyId: number }>(
    `SELECT "storyId" FROM "PostmortemLink" WHERE "teamPostmortemId" = ? ORDER BY "createdAt", "storyId" LIMIT ?`,
    [postmortemId, MAX_LINKS],
  );
  return getCards(links.map((link) => link.storyId));
}

/** How many team postmortems were linked to a story: shown to everyone, so it is a count and never a title. */
export async function resemblanceCount(storyId: number) {
  const [row] = await sql().read<{ n: number }>(`SELECT CAST(count(*) AS INTEGER) AS n FROM "PostmortemLink" WHERE "storyId" = ?`, [storyId]);
  return row?.n ?? 0;
}

/** Postmortems linked to this one in either direction that the viewer may read, for "related"; bounded. */
export async function linkedPostmortemIds(id: number, viewer: Viewer | null, take = 8): Promise<number[]> {
  // Most stories have no links: one cheap statement says so before the two that apply the viewer's visibility.
  const [any] = await sql().read<{ id: number }>(`SELECT "storyId" AS id FROM "PostmortemLink" WHERE "teamPostmortemId" = ? OR "storyId" = ? LIMIT 1`, [id, id]);
  if (!any) return [];
  const [to, from] = await Promise.all([
    db.postmortemLink.findMany({ where: { teamPostmortemId: id, story: visiblePostmortems(viewer) }, orderBy: { createdAt: "asc" }, take, select: { storyId: true } }),
    db.postmortemLink.findMany({ where: { storyId: id, teamPostmortem: visiblePostmortems(viewer) }, orderBy: { createdAt: "desc" }, take, select: { teamPostmortemId: true } }),
  ]);
  return [...new Set([...to.map((l) => l.storyId), ...from.map((l) => l.teamPostmortemId)])];
}
