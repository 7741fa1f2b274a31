import "server-only";
import type { Tx } from "@/lib/data/postmortem-children";
import type { FieldErrorMap, PostmortemFields } from "@/lib/validation/postmortem";

/** The most people an owner picker lists; larger teams still type a name. */
const OWNER_CHOICES = 200;

/** The users of a team who can own an action item, by name. */
export async function teamOwners(tx: Pick<Tx, "membership">, teamId: number) {
  const rows = await tx.membership.findMany({
    where: { teamId, user: { deactivatedAt: null } },
    orderBy: { user: { name: "asc" } },
    take: OWNER_CHOICES,
    select: { user: { select: { id: true, name: true } } },
  });
  return rows.map((row) => row.user);
}

/**
 * Owners who are users must be in the postmortem's team; their current name becomes the item's owner label, so
 * every page shows who it is without reading the user. Errors are keyed like the form's fields.
 */
export async function resolveOwners(tx: Pick<Tx, "membership">, teamId: number, items: PostmortemFields["actionItems"]) {
  const ids = [...new Set(items.flatMap((item) => (item.ownerId ? [item.ownerId] : [])))];
  const members = ids.length
    ? await tx.membership.findMany({ where: { teamId, userId: { in: ids } }, select: { user: { select: { id: true, name: true } } } })
    : [];
  const names = new Map(members.map((m) => [m.user.id, m.user.name]));
  const errors: FieldErrorMap = {};
  const resolved = items.map((item, i) => {
    if (!item.ownerId) return item;
    const name = names.get(item.ownerId);
    if (name === undefined) errors[`actionItems.${i}.ownerId`] = ["Choose someone in the team."];
    return { ...item, owner: name ?? item.owner };
  });
  return { items: resolved, errors };
}
