import "server-only";
import { canRead, canEdit } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer-types";
import { db } from "@/lib/db";
import { parseSnapshot } from "@/lib/data/postmortem-snapshot";
import { fieldDiff } from "@/lib/postmortem-diff";
import type { PostmortemFields } from "@/lib/validation/postmortem";

/** A postmortem's revisions, newest first, and the word diff of one of them against the revision before it. */
export async function getHistory(viewer: Viewer | null, slug: string, selectedId?: number) {
  const pm = await db.postmortem.findUnique({
    where: { slug },
    select: { id: true, slug: true, title: true, kind: true, teamId: true, visibility: true, status: true, archivedAt: true, version: true },
  });
  if (!pm || !canRead(viewer, pm) || pm.kind !== "team") return null;
  const revisions = await db.revision.findMany({
    where: { postmortemId: pm.id },
    orderBy: { id: "desc" },
    select: { id: true, version: true, changedFields: true, createdAt: true, updatedAt: true, snapshot: true, author: { select: { name: true } } },
  });
  const index = Math.max(0, revisions.findIndex((r) => r.id === selectedId));
  const selected = revisions[index];
  const previous = revisions[index + 1];
  const changes =
    selected &&
    (JSON.parse(selected.changedFields) as (keyof PostmortemFields)[]).map((field) => {
      const after = parseSnapshot(selected.snapshot)[field];
      const before = previous ? parseSnapshot(previous.snapshot)[field] : undefined;
      return { field, parts: fieldDiff(before, after) };
    });
  return {
    postmortem: { slug: pm.slug, title: pm.title, version: pm.version },
    canRestore: canEdit(viewer, pm),
    revisions: revisions.map((r) => ({ id: r.id, version: r.version, createdAt: r.createdAt, updatedAt: r.updatedAt, author: r.author, changedFields: JSON.parse(r.changedFields) as string[] })),
    selectedId: selected?.id,
    changes: changes ?? [],
  };
}
