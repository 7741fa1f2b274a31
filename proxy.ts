import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, createNonce, HSTS, servedOverHttps } from "@/lib/security/headers";

/**
 * Pages get a Content-Security-Policy with a fresh nonce. Next reads the nonce from the request's copy
 * of the header and puts it on its own scripts; the root layout reads `x-nonce` for the theme script.
 * This is a header layer only: every write still checks the session itself.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  // Next's route matcher answers a bare 500 for a path segment that does not percent-decode (%ff).
  const malformed = !decodes(pathname);
  if (pathname.startsWith("/api/")) {
    return malformed
      ? NextResponse.json({ error: "not_found", message: "The path is not valid percent-encoded UTF-8." }, { status: 404 })
      : NextResponse.next();
  }
  const nonce = createNonce();
  const policy = contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === "development" });
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("content-security-policy", policy);
  const response = malformed
    ? NextResponse.rewrite(new URL("/_not-found", request.url), { request: { headers } })
    : NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  if (servedOverHttps(request.headers)) response.headers.set("Strict-Transport-Security", HSTS);
  return response;
}

function decodes(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

export const config = {
  matcher: [
    // Pages (static build files carry no HTML).
    "/((?!api/|_next/static|_next/image).*)",
    // API paths only when they hold a non-ASCII percent-escape, which may not decode. Other API
    // requests skip the proxy: Next buffers the whole body of a proxied request before the route
    // runs, which would defeat the API's streaming 1 MB limit (lib/api/body.ts).
    "/api/(.*%(?![0-7][0-9a-fA-F]).*)",
  ],
};
