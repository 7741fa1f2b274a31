import "server-only";
import type { PickerGroup } from "@/components/editor/taxonomy-picker";
import { isLead } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer-types";
import { getTaxonomy } from "@/lib/data/taxonomy";

/** What the editor offers: the taxonomy as picker groups and the viewer's teams. */
export async function getEditorOptions(viewer: Viewer) {
  const taxonomy = await getTaxonomy();
  const tagGroups: PickerGroup[] = taxonomy.activeCategories
    .filter((c) => c.tags.length)
    .map((c) => ({ name: c.name, options: c.tags.map((t) => ({ value: t.slug, label: t.name, description: t.description })) }));
  const componentGroups: PickerGroup[] = [{ name: "Components", options: taxonomy.components.map((c) => ({ value: c.slug, label: c.name, description: c.description })) }];
  const teams = viewer.teams.map((t) => ({ id: t.id, name: t.name, lead: isLead(viewer, t.id) || viewer.isAdmin }));
  return { tagGroups, componentGroups, teams };
}
