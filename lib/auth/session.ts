import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { authOptions } from "@/lib/auth/options";
import { hashToken } from "@/lib/auth/secrets";
import type { Viewer } from "@/lib/auth/viewer-types";
import { db } from "@/lib/db";
import { loadViewer } from "@/lib/data/users";

/** The signed-in user for this request (session cookie), or null. Roles are read fresh from the database. */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const session = await getServerSession(authOptions);
  return session?.uid ? loadViewer(session.uid) : null;
});

/** For pages that need a user: sends anonymous readers to sign in and back. */
export async function requireViewer(returnTo: string): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  return viewer;
}

/** For the API: a personal token (`Authorization: Bearer …`) or the session cookie. An invalid token is an anonymous reader. */
export async function viewerFromRequest(request: Request): Promise<Viewer | null> {
  const header = request.headers.get("authorization");
  if (!header) return getViewer();
  const token = header.match(/^Bearer\s+(\S+)$/i)?.[1];
  if (!token) return null;
  const row = await db.apiToken.findUnique({ where: { tokenHash: hashToken(token) }, select: { id: true, userId: true, revokedAt: true } });
  if (!row || row.revokedAt) return null;
  await db.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: new Date() } });
  return loadViewer(row.userId);
}
