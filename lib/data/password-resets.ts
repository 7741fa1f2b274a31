import "server-only";
import { hashPassword } from "@/lib/auth/password";
import { hashToken, randomToken } from "@/lib/auth/secrets";
import type { Viewer } from "@/lib/auth/viewer-types";
import { db } from "@/lib/db";
import { writeTransaction } from "@/lib/db-client";
import { recordAudit } from "@/lib/data/audit";

export const RESET_MINUTES = 30;

/**
 * A single-use reset token for an active account, valid 30 minutes; only its hash is stored. Earlier unused links
 * of the same user stop working, so only the newest one is live. `admin` is who made it on /admin/users.
 */
export async function createPasswordReset(userId: number, admin?: Viewer): Promise<string | null> {
  const token = randomToken(32);
  return writeTransaction(db, async (tx) => {
    const user = await tx.user.findFirst({ where: { id: userId, deactivatedAt: null }, select: { email: true } });
    if (!user) return null;
    const now = new Date();
    await tx.passwordReset.updateMany({ where: { userId, usedAt: null }, data: { usedAt: now } });
    await tx.passwordReset.create({ data: { userId, tokenHash: hashToken(token), expiresAt: new Date(now.getTime() + RESET_MINUTES * 60_000), createdById: admin?.id ?? null } });
    if (admin) await recordAudit(tx, admin, { action: "user.reset_link", entityType: "user", entityLabel: user.email, after: { expires: `${RESET_MINUTES} minutes` } });
    return token;
  });
}

/** Whether a link can still be used (the page checks before showing the form). */
export async function resetIsValid(token: string) {
  const row = await db.passwordReset.findUnique({ where: { tokenHash: hashToken(token) }, select: { usedAt: true, expiresAt: true, user: { select: { deactivatedAt: true } } } });
  return Boolean(row && !row.usedAt && row.expiresAt > new Date() && !row.user.deactivatedAt);
}

/**
 * Uses a link: sets the password and ends every session of the account (its version moves on). The check and the
 * use happen in one write transaction, so two tabs racing with the same link cannot both succeed.
 */
export async function redeemPasswordReset(token: string, password: string) {
  const passwordHash = await hashPassword(password);
  return writeTransaction(db, async (tx) => {
    const now = new Date();
    const row = await tx.passwordReset.findUnique({ where: { tokenHash: hashToken(token) }, select: { id: true, userId: true, usedAt: true, expiresAt: true } });
    if (!row || row.usedAt || row.expiresAt <= now) return false;
    const { count } = await tx.user.updateMany({ where: { id: row.userId, deactivatedAt: null }, data: { passwordHash, sessionVersion: { increment: 1 } } });
    if (count === 0) return false;
    await tx.passwordReset.update({ where: { id: row.id }, data: { usedAt: now } });
    const user = await tx.user.findUniqueOrThrow({ where: { id: row.userId }, select: { email: true } });
    await recordAudit(tx, { id: row.userId }, { action: "user.password_reset", entityType: "user", entityLabel: user.email, after: { sessions: "all ended" } });
    return true;
  });
}
