import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { authOptions } from "@/lib/auth/options";
import type { Viewer } from "@/lib/auth/viewer-types";
import { authenticateToken } from "@/lib/data/api-tokens";
import { loadSessionViewer, loadViewer } from "@/lib/data/users";

// next-auth's session cookie, with its prefix over https and its chunks when large (lib/auth/session-cookie.ts).
const SESSION_COOKIE = /^(?:__Secure-)?next-auth\.session-token(?:\.\d+)?$/;

/**
 * The signed-in user for this request (session cookie), or null. Roles are read fresh from the database, and the
 * session must carry the user's current session version: sign-out, a password change or deactivation ends it.
 */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  // No session cookie, no session: next-auth would build its whole handler to say so, on every anonymous page.
  if (!(await cookies()).getAll().some(({ name }) => SESSION_COOKIE.test(name))) return null;
  const session = await getServerSession(authOptions);
  return session?.uid ? loadSessionViewer(session.uid, session.sv) : null;
});

/** For pages that need a user: sends anonymous readers to sign in and back. */
export async function requireViewer(returnTo: string): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  return viewer;
}

/** Who is calling the API, and with which token (for per-token limits). */
export type ApiCaller = { viewer: Viewer | null; tokenId: number | null };

/**
 * For the API: a personal token (`Authorization: Bearer …`) or the session cookie. An invalid, revoked or expired
 * token — or one of a deactivated user — is an anonymous reader.
 */
export async function callerFromRequest(request: Request): Promise<ApiCaller> {
  const header = request.headers.get("authorization");
  if (!header) return { viewer: await getViewer(), tokenId: null };
  const token = header.match(/^Bearer\s+(\S+)$/i)?.[1];
  const row = token ? await authenticateToken(token) : null;
  if (!row) return { viewer: null, tokenId: null };
  return { viewer: await loadViewer(row.userId), tokenId: row.id };
}

export const viewerFromRequest = async (request: Request) => (await callerFromRequest(request)).viewer;
