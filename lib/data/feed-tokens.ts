import "server-only";
import { db } from "@/lib/db";
import { hashToken, randomToken } from "@/lib/auth/secrets";
import { isMember } from "@/lib/auth/permissions";
import { loadViewer } from "@/lib/data/users";

/** Whether this member has a feed token for this team (the token itself is never kept). */
export const hasFeedToken = async (userId: number, teamId: number) =>
  (await db.feedToken.count({ where: { userId, teamId } })) > 0;

/** Creates the member's feed token for a team, replacing (and so revoking) any earlier one; returns it in plain text once. */
export async function createFeedToken(userId: number, teamId: number): Promise<string> {
  const token = `pmf_${randomToken(30)}`;
  const tokenHash = hashToken(token);
  await db.feedToken.upsert({
    where: { userId_teamId: { userId, teamId } },
    create: { userId, teamId, tokenHash },
    update: { tokenHash, createdAt: new Date() },
  });
  return token;
}

/** Revokes the member's feed token for a team; false when there was none. */
export const revokeFeedToken = async (userId: number, teamId: number) =>
  (await db.feedToken.deleteMany({ where: { userId, teamId } })).count > 0;

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
