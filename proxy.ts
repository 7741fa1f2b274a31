import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, createNonce, HSTS, servedOverHttps } from "@/lib/security/headers";

/**
 * Every answer gets a Content-Security-Policy with a fresh nonce. Next reads the nonce from the
 * request's copy of the header and puts it on its own scripts; the root layout reads `x-nonce` for the
 * theme script. This is a header layer only: every write still checks the session itself.
 */
export function proxy(request: NextRequest) {
  const nonce = createNonce();
  const policy = contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === "development" });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  if (servedOverHttps(request.headers)) response.headers.set("Strict-Transport-Security", HSTS);
  return response;
}

export const config = {
  // Static build files carry no HTML; next.config.ts still gives them the static security headers.
  matcher: ["/((?!_next/static|_next/image).*)"],
};
