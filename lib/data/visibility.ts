import "server-only";
import type { Viewer } from "@/lib/auth/viewer-types";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * The postmortems a viewer may see in lists, search, counts and related links. Archived ones never appear
 * in lists; the detail page applies `canRead` from lib/auth/permissions, which these rules mirror.
 */
export function visiblePostmortems(viewer: Viewer | null): Prisma.PostmortemWhereInput {
  const teamIds = viewer?.teams.map((team) => team.id) ?? [];
  const own: Prisma.PostmortemWhereInput[] = viewer?.isAdmin
    ? [{ kind: "team", archivedAt: null }]
    : teamIds.length
      ? [{ kind: "team", archivedAt: null, teamId: { in: teamIds } }]
      : [];
  return { OR: [{ kind: "curated", status: "published", retoldAs: null }, { kind: "team", archivedAt: null, visibility: "public", status: "published" }, ...own] };
}
