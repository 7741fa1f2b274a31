import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, createNonce, HSTS, servedOverHttps } from "@/lib/security/headers";

/**
 * Every answer gets a Content-Security-Policy with a fresh nonce. Next reads the nonce from the
 * request's copy of the header and puts it on its own scripts; the root layout reads `x-nonce` for the
 * theme script. This is a header layer only: every write still checks the session itself.
 */
export function proxy(request: NextRequest) {
  // Next's route matcher answers a bare 500 for a path segment that does not percent-decode (%ff).
  if (!decodes(request.nextUrl.pathname)) {
    return withSecurityHeaders(request, (headers) =>
      request.nextUrl.pathname.startsWith("/api/")
        ? NextResponse.json({ error: "not_found", message: "The path is not valid percent-encoded UTF-8." }, { status: 404 })
        : NextResponse.rewrite(new URL("/_not-found", request.url), { request: { headers } }),
    );
  }
  return withSecurityHeaders(request, (headers) => NextResponse.next({ request: { headers } }));
}

function decodes(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

function withSecurityHeaders(request: NextRequest, respond: (requestHeaders: Headers) => NextResponse) {
  const nonce = createNonce();
  const policy = contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === "development" });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("content-security-policy", policy);
  const response = respond(requestHeaders);
  response.headers.set("Content-Security-Policy", policy);
  if (servedOverHttps(request.headers)) response.headers.set("Strict-Transport-Security", HSTS);
  return response;
}

export const config = {
  // Static build files carry no HTML; next.config.ts still gives them the static security headers.
  matcher: ["/((?!_next/static|_next/image).*)"],
};
