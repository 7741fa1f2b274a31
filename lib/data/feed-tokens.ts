import "server-only";
import { db } from "@/lib/db";
import { writeTransaction } from "@/lib/db-client";
import { hashToken, randomToken } from "@/lib/auth/secrets";
import { isMember } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer-types";
import { recordAudit } from "@/lib/data/audit";
import { loadViewer } from "@/lib/data/users";

type Actor = Pick<Viewer, "id" | "email">;
/** Audited like API tokens: the team's leads and admins see who made or revoked a feed link (never the token). */
const feedAudit = (actor: Actor, teamId: number, action: "feed-token.create" | "feed-token.revoke") => ({
  action,
  entityType: "feed-token",
  entityLabel: actor.email,
  teamId,
  after: { userId: actor.id, teamId },
});

/** Whether this member has a feed token for this team (the token itself is never kept). */
export const hasFeedToken = async (userId: number, teamId: number) =>
  (await db.feedToken.count({ where: { userId, teamId } })) > 0;

/** Creates the member's feed token for a team, replacing (and so revoking) any earlier one; returns it in plain text once. */
export async function createFeedToken(actor: Actor, teamId: number): Promise<string> {
  const token = `pmf_${randomToken(30)}`;
  const tokenHash = hashToken(token);
  await writeTransaction(db, async (tx) => {
    await tx.feedToken.upsert({
      where: { userId_teamId: { userId: actor.id, teamId } },
      create: { userId: actor.id, teamId, tokenHash },
      update: { tokenHash, createdAt: new Date() },
    });
    await recordAudit(tx, actor, feedAudit(actor, teamId, "feed-token.create"));
  });
  return token;
}

/** Revokes the member's feed token for a team; false when there was none. */
export const revokeFeedToken = (actor: Actor, teamId: number) =>
  writeTransaction(db, async (tx) => {
    if ((await tx.feedToken.deleteMany({ where: { userId: actor.id, teamId } })).count === 0) return false;
    await recordAudit(tx, actor, feedAudit(actor, teamId, "feed-token.revoke"));
    return true;
  });

/**
 * The team a feed token opens, when the token exists, belongs to this team's address, and its owner is still an
 * active member. Anything else is null, so a revoked, foreign or stale token answers exactly like a wrong one.
 */
export async function teamForFeedToken(token: string, teamSlug: string) {
  if (!token || token.length > 200) return null;
  const row = await db.feedToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { userId: true, team: { select: { id: true, slug: true, name: true } } },
  });
  if (!row || row.team.slug !== teamSlug) return null;
  const owner = await loadViewer(row.userId);
  return owner && isMember(owner, row.team.id) ? row.team : null;
}
