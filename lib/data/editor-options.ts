import "server-only";
import type { PickerGroup } from "@/components/editor/taxonomy-picker";
import { isLead } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer-types";
import { db } from "@/lib/db";
import { teamOwners } from "@/lib/data/action-item-owners";
import { getTaxonomy } from "@/lib/data/taxonomy";

/** What the editor offers: the taxonomy as picker groups, the viewer's teams and who in them can own an action item. */
export async function getEditorOptions(viewer: Viewer, ownerTeamIds: number[] = viewer.teams.map((t) => t.id)) {
  const taxonomy = await getTaxonomy();
  const tagGroups: PickerGroup[] = taxonomy.activeCategories
    .filter((c) => c.tags.length)
    .map((c) => ({ name: c.name, options: c.tags.map((t) => ({ value: t.slug, label: t.name, description: t.description })) }));
  const componentGroups: PickerGroup[] = [{ name: "Components", options: taxonomy.components.map((c) => ({ value: c.slug, label: c.name, description: c.description })) }];
  const teams = viewer.teams.map((t) => ({ id: t.id, name: t.name, lead: isLead(viewer, t.id) || viewer.isAdmin }));
  const owners = Object.fromEntries(await Promise.all(ownerTeamIds.map(async (id) => [id, await teamOwners(db, id)] as const)));
  return { tagGroups, componentGroups, teams, owners };
}
