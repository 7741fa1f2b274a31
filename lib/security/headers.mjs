// The security headers that depend on the request. scripts/serve.mjs sets them before Next routes a request
// (docs/decisions/0007-csp.md), so this is plain JavaScript; headers that never depend on the request come from
// next.config.mjs. A header layer only: every write still checks the session itself.
import { randomBytes } from "node:crypto";

/**
 * The Content-Security-Policy of every page. Scripts run only with this answer's nonce (Next adds it to its own
 * scripts; the theme script gets it from the layout) or when loaded by one of them ('strict-dynamic'). Styles come
 * from our own stylesheet; style attributes stay allowed because React renders a few (progress bars). Images may
 * come from https, for images in user Markdown.
 * @param {string} nonce
 * @param {{ dev?: boolean }} [options] `next dev` evaluates code and talks to its page over a websocket
 */
export function contentSecurityPolicy(nonce, options = {}) {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' 'nonce-${nonce}'`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: https:",
    "font-src 'self'",
    `connect-src 'self'${options.dev ? " ws:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** A fresh, unguessable nonce for one answer: 128 random bits, in base64 (always 24 characters). */
export function createNonce() {
  return randomBytes(16).toString("base64");
}

/**
 * The scheme a reverse proxy says the client used (the request's X-Forwarded-Proto), believed only when TRUST_PROXY
 * is set: clients can send the header too.
 * @param {string | null | undefined} forwardedProto
 * @param {Record<string, string | undefined>} [env]
 * @returns {"http" | "https" | undefined}
 */
export function trustedForwardedProto(forwardedProto, env = process.env) {
  if (env.TRUST_PROXY !== "1" && env.TRUST_PROXY !== "true") return undefined;
  const proto = forwardedProto?.split(",")[0]?.trim();
  return proto === "http" || proto === "https" ? proto : undefined;
}

/**
 * HSTS only makes sense over https: the public URL says so, or a trusted reverse proxy does.
 * @param {string | null | undefined} forwardedProto
 * @param {Record<string, string | undefined>} [env]
 */
export function servedOverHttps(forwardedProto, env = process.env) {
  return Boolean(env.NEXTAUTH_URL?.startsWith("https:")) || trustedForwardedProto(forwardedProto, env) === "https";
}

export const HSTS = "max-age=63072000; includeSubDomains";

// Build files carry no HTML; API answers get a policy that allows nothing (next.config.mjs).
const NO_PAGE = /^\/(?:api\/|_next\/static\/|_next\/image)/;
// Answered by the API's catch-all route (app/api/[...path]/route.ts) with a JSON 404.
const MALFORMED_API_PATH = "/api/not-valid-percent-encoding";

/**
 * Before Next sees a request: gives a page its policy with a fresh nonce, in the answer and in the request's own
 * headers (Next reads the nonce from the request's copy of the policy and puts it on its scripts; the root layout
 * reads `x-nonce` for the theme script), and HSTS over https. A path that does not percent-decode (%ff) would make
 * Next's route matcher answer a bare 500: it is routed to the not-found page, or for the API to a JSON 404.
 * @param {import("node:http").IncomingMessage} request
 * @param {import("node:http").ServerResponse} response
 * @param {{ dev?: boolean }} [options]
 */
export function secureRequest(request, response, options = {}) {
  const url = request.url ?? "/";
  const mark = url.indexOf("?");
  const path = mark < 0 ? url : url.slice(0, mark);
  const malformed = !decodes(path);
  if (NO_PAGE.test(path)) {
    if (malformed && path.startsWith("/api/")) request.url = MALFORMED_API_PATH;
    return;
  }
  const nonce = createNonce();
  const policy = contentSecurityPolicy(nonce, options);
  request.headers["x-nonce"] = nonce;
  request.headers["content-security-policy"] = policy;
  response.setHeader("Content-Security-Policy", policy);
  const forwardedProto = request.headers["x-forwarded-proto"];
  if (servedOverHttps(Array.isArray(forwardedProto) ? forwardedProto[0] : forwardedProto)) response.setHeader("Strict-Transport-Security", HSTS);
  if (malformed) request.url = "/_not-found";
}

function decodes(path) {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}
