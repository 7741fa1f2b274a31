import "server-only";
import { cookies } from "next/headers";
import { decode, encode } from "next-auth/jwt";
import { SESSION_MAX_AGE } from "@/lib/auth/options";
import { env } from "@/lib/env";

// next-auth (v4) cannot re-issue a session from the server. After a password change ends every session, the one
// that made the change gets a fresh cookie carrying the new session version, written the way next-auth writes it.

function sessionCookie() {
  const { NEXTAUTH_URL, NEXTAUTH_SECRET } = env();
  const secure = NEXTAUTH_URL?.startsWith("https://") ?? false;
  return { name: `${secure ? "__Secure-" : ""}next-auth.session-token`, secure, secret: NEXTAUTH_SECRET ?? "" };
}

/** Keeps the current browser signed in under the user's new session version. */
export async function reissueSession(sessionVersion: number) {
  const { name, secure, secret } = sessionCookie();
  const store = await cookies();
  const token = await decode({ token: store.get(name)?.value, secret });
  if (!token) return;
  const value = await encode({ token: { ...token, sv: sessionVersion }, secret, maxAge: SESSION_MAX_AGE });
  store.set(name, value, { httpOnly: true, sameSite: "lax", path: "/", secure, maxAge: SESSION_MAX_AGE });
}

/** Forgets the session in this browser (its version is already ended on the server). */
export async function clearSession() {
  (await cookies()).delete(sessionCookie().name);
}
