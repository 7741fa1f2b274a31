/**
 * The Content-Security-Policy of every answer. Scripts run only with this request's nonce (Next adds
 * it to its own scripts; the theme script gets it from the layout) or when loaded by one of them
 * ('strict-dynamic'). Styles come from our own stylesheet; style attributes stay allowed because
 * React renders a few (progress bars). Images may come from https, for images in user Markdown.
 */
export function contentSecurityPolicy(nonce: string, options: { dev?: boolean } = {}): string {
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

/** A fresh, unguessable nonce for one response (128 random bits, base64). */
export function createNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
}

type Env = Record<string, string | undefined>;

/** The scheme a reverse proxy says the client used, believed only when TRUST_PROXY is set (clients can send the header too). */
export function trustedForwardedProto(headers: Headers, env: Env = process.env): "http" | "https" | undefined {
  if (env.TRUST_PROXY !== "1" && env.TRUST_PROXY !== "true") return undefined;
  const proto = headers.get("x-forwarded-proto")?.split(",")[0]?.trim();
  return proto === "http" || proto === "https" ? proto : undefined;
}

/** HSTS only makes sense over https: the public URL says so, or a trusted reverse proxy does. */
export function servedOverHttps(headers: Headers, env: Env = process.env): boolean {
  return Boolean(env.NEXTAUTH_URL?.startsWith("https:")) || trustedForwardedProto(headers, env) === "https";
}

export const HSTS = "max-age=63072000; includeSubDomains";
