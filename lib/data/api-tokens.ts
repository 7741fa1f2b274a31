import "server-only";
import { db } from "@/lib/db";
import { writeTransaction } from "@/lib/db-client";
import { hashToken, randomToken } from "@/lib/auth/secrets";
import type { Viewer } from "@/lib/auth/viewer-types";
import { recordAudit } from "@/lib/data/audit";

const DAY_MS = 86_400_000;
/** `lastUsedAt` is a hint for the owner, not a log: it is written at most once per this interval. */
export const LAST_USED_RESOLUTION_MS = 60_000;

const activeWhere = (now: Date) => ({ revokedAt: null, OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] });

/** The owner's tokens that are not revoked, expired ones included (marked) so they can be recognised and removed. */
export async function listApiTokens(userId: number, now = new Date()) {
  const tokens = await db.apiToken.findMany({
    where: { userId, revokedAt: null },
    orderBy: { createdAt: "desc" },
    select: { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true, expiresAt: true },
  });
  return tokens.map((token) => ({ ...token, expired: token.expiresAt !== null && token.expiresAt <= now }));
}

/** Active (not revoked, not expired) tokens of many users at once, for the admin user list. */
export const activeTokensOf = (userIds: number[], now = new Date()) =>
  db.apiToken.findMany({
    where: { userId: { in: userIds }, ...activeWhere(now) },
    orderBy: { createdAt: "desc" },
    select: { id: true, userId: true, name: true, prefix: true, expiresAt: true, lastUsedAt: true },
  });

/**
 * Creates a token that expires after `days` (null: never) and returns it in plain text — the only time it exists
 * outside the owner's hands.
 */
export async function createApiToken(actor: Viewer, name: string, days: number | null, now = new Date()) {
  const token = `pma_${randomToken(30)}`;
  const expiresAt = days === null ? null : new Date(now.getTime() + days * DAY_MS);
  await writeTransaction(db, async (tx) => {
    const row = await tx.apiToken.create({
      data: { userId: actor.id, name, tokenHash: hashToken(token), prefix: token.slice(0, 8), expiresAt },
      select: { id: true, prefix: true },
    });
    await recordAudit(tx, actor, {
      action: "token.create",
      entityType: "api-token",
      entityLabel: `${actor.email}: ${name}`,
      after: { id: row.id, name, prefix: row.prefix, expiresAt },
    });
  });
  return token;
}

/**
 * Revokes a token. Its owner revokes their own (`ownerId` = theirs); an admin revokes anyone's (`ownerId` null).
 * Returns false when there is no such active token, so the caller can answer 404.
 */
export async function revokeApiToken(actor: Viewer, tokenId: number, ownerId: number | null) {
  return writeTransaction(db, async (tx) => {
    const token = await tx.apiToken.findFirst({
      where: { id: tokenId, revokedAt: null, ...(ownerId === null ? {} : { userId: ownerId }) },
      select: { name: true, prefix: true, user: { select: { id: true, email: true } } },
    });
    if (!token) return false;
    const revokedAt = new Date();
    await tx.apiToken.update({ where: { id: tokenId }, data: { revokedAt } });
    await recordAudit(tx, actor, {
      action: token.user.id === actor.id ? "token.revoke" : "token.admin_revoke",
      entityType: "api-token",
      entityLabel: `${token.user.email}: ${token.name}`,
      before: { id: tokenId, name: token.name, prefix: token.prefix, revokedAt: null },
      after: { id: tokenId, name: token.name, prefix: token.prefix, revokedAt },
    });
    return true;
  });
}

/**
 * The token's id and owner when it is valid now (not revoked, not expired), else null. Notes the use in
 * `lastUsedAt` only when the stored time is older than a minute, and then with a conditional update, so a busy
 * client does not turn every API call into a database write.
 */
export async function authenticateToken(token: string, now = new Date()) {
  const row = await db.apiToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, userId: true, revokedAt: true, expiresAt: true, lastUsedAt: true },
  });
  if (!row || row.revokedAt || (row.expiresAt && row.expiresAt <= now)) return null;
  const stale = new Date(now.getTime() - LAST_USED_RESOLUTION_MS);
  if (!row.lastUsedAt || row.lastUsedAt < stale) {
    await db.apiToken.updateMany({
      where: { id: row.id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: stale } }] },
      data: { lastUsedAt: now },
    });
  }
  return { id: row.id, userId: row.userId };
}
