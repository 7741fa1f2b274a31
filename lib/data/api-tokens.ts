import "server-only";
import { db } from "@/lib/db";
import { hashToken, randomToken } from "@/lib/auth/secrets";

export const listApiTokens = (userId: number) =>
  db.apiToken.findMany({
    where: { userId, revokedAt: null },
    orderBy: { createdAt: "desc" },
    select: { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true },
  });

/** Creates a token and returns it in plain text — the only time it exists outside the owner's hands. */
export async function createApiToken(userId: number, name: string) {
  const token = `pma_${randomToken(30)}`;
  await db.apiToken.create({ data: { userId, name, tokenHash: hashToken(token), prefix: token.slice(0, 8) } });
  return token;
}

export async function revokeApiToken(userId: number, tokenId: number) {
  const { count } = await db.apiToken.updateMany({ where: { id: tokenId, userId, revokedAt: null }, data: { revokedAt: new Date() } });
  return count > 0;
}
