import "server-only";
import { canEdit, canPurge, canReadHistory } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer-types";
import { db } from "@/lib/db";
import { parseSnapshot } from "@/lib/data/postmortem-snapshot";
import { FIELD_LABELS } from "@/lib/postmortem-field-labels";
import { revisionChanges } from "@/lib/postmortem-diff";
import type { PostmortemFields } from "@/lib/validation/postmortem";

export const HISTORY_PAGE_SIZE = 50;

const listSelect = { id: true, version: true, changedFields: true, createdAt: true, updatedAt: true, author: { select: { name: true } } } as const;

/**
 * One page of a postmortem's revisions, newest first, and the word diff of the selected one against the revision
 * before it. Only those two snapshots are read, whatever the length of the history. Outsiders get null (404).
 */
export async function getHistory(viewer: Viewer | null, slug: string, options: { selectedId?: number; page?: number } = {}) {
  const pm = await db.postmortem.findUnique({
    where: { slug },
    select: { id: true, slug: true, title: true, kind: true, teamId: true, visibility: true, status: true, archivedAt: true, version: true },
  });
  if (!pm || !canReadHistory(viewer, pm)) return null;
  const total = await db.revision.count({ where: { postmortemId: pm.id } });
  const pages = Math.max(1, Math.ceil(total / HISTORY_PAGE_SIZE));
  const selectedRow = options.selectedId
    ? await db.revision.findFirst({ where: { id: options.selectedId, postmortemId: pm.id }, select: { id: true } })
    : null;
  // A selected revision opens on its own page; otherwise the requested page (default: the newest).
  const page = selectedRow
    ? Math.floor((await db.revision.count({ where: { postmortemId: pm.id, id: { gt: selectedRow.id } } })) / HISTORY_PAGE_SIZE) + 1
    : Math.min(Math.max(1, options.page ?? 1), pages);
  const rows = await db.revision.findMany({
    where: { postmortemId: pm.id },
    orderBy: { id: "desc" },
    skip: (page - 1) * HISTORY_PAGE_SIZE,
    take: HISTORY_PAGE_SIZE,
    select: listSelect,
  });
  const selectedId = selectedRow?.id ?? rows[0]?.id;
  const [selected, previous] = selectedId
    ? await Promise.all([
        db.revision.findUnique({ where: { id: selectedId }, select: { ...listSelect, snapshot: true } }),
        db.revision.findFirst({ where: { postmortemId: pm.id, id: { lt: selectedId } }, orderBy: { id: "desc" }, select: { snapshot: true } }),
      ])
    : [null, null];
  const isCurrent = selected ? (await db.revision.count({ where: { postmortemId: pm.id, id: { gt: selected.id } } })) === 0 : false;
  const changes = selected ? revisionChanges(parseSnapshot(selected.snapshot), previous ? parseSnapshot(previous.snapshot) : null, JSON.parse(selected.changedFields) as (keyof PostmortemFields)[]) : [];
  // Rows come newest first, so the oldest revision is the last row of the last page.
  const oldestId = page === pages ? rows.at(-1)?.id : undefined;
  const summary = (r: Omit<typeof rows[number], "snapshot">) => ({
    id: r.id,
    /** The revision the postmortem was created with (nothing earlier to compare it to). */
    first: r.id === oldestId || (r.id === selected?.id && !previous),
    version: r.version,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    author: r.author,
    changedFields: (JSON.parse(r.changedFields) as (keyof PostmortemFields)[]).map((field) => FIELD_LABELS[field] ?? field),
  });
  return {
    postmortem: { slug: pm.slug, title: pm.title, version: pm.version },
    canRestore: canEdit(viewer, pm),
    canPurge: canPurge(viewer, pm),
    revisions: rows.map(summary),
    total,
    page,
    pages,
    selected: selected ? { ...summary(selected), isCurrent } : undefined,
    changes,
  };
}
