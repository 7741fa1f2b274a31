import { trustedForwardedProto } from "@/lib/security/headers.mjs";

type Env = Record<string, string | undefined>;

export type WriteRefusal = { status: 403 | 415; error: "cross_site" | "unsupported_media_type"; message: string };

/**
 * The origins the app itself is served from: the public URL (NEXTAUTH_URL) and the host this request
 * was addressed to (a browser cannot forge Host or Origin). Another port is another origin.
 */
export function appOrigins(headers: Headers, requestUrl: string, env: Env = process.env): string[] {
  const origins: string[] = [];
  if (env.NEXTAUTH_URL) origins.push(new URL(env.NEXTAUTH_URL).origin);
  const host = headers.get("host");
  const forwarded = trustedForwardedProto(headers.get("x-forwarded-proto"), env);
  const scheme = forwarded ? `${forwarded}:` : new URL(requestUrl).protocol;
  if (host) origins.push(`${scheme}//${host.toLowerCase()}`);
  return origins;
}

/**
 * The CSRF rule for writes authenticated by the session cookie: a browser must say the request comes
 * from one of our own pages (Origin, or Sec-Fetch-Site when Origin is absent), and the body must be
 * declared JSON, which a cross-site form or simple fetch cannot send without a CORS preflight we never
 * grant. A client that sends neither header is not a browser and should use a token.
 */
export function refuseCookieWrite(headers: Headers, origins: string[]): WriteRefusal | null {
  const origin = headers.get("origin");
  const site = headers.get("sec-fetch-site");
  const sameOrigin = origin !== null ? origins.includes(origin.toLowerCase()) : site === "same-origin" || site === "none";
  if (!sameOrigin) {
    return {
      status: 403,
      error: "cross_site",
      message:
        origin === null && site === null
          ? "Cookie-authenticated writes need an Origin header from this site; other clients use a personal token (Authorization: Bearer …)."
          : "Cross-site requests may not write with your session.",
    };
  }
  const type = headers.get("content-type")?.split(";")[0]?.trim().toLowerCase();
  if (type !== "application/json") {
    return { status: 415, error: "unsupported_media_type", message: "Send the request with Content-Type: application/json." };
  }
  return null;
}
