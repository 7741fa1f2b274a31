import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, createNonce, servedOverHttps } from "@/lib/security/headers";

describe("contentSecurityPolicy", () => {
  it("allows scripts only by nonce, and no framing, plugins or foreign forms", () => {
    const policy = contentSecurityPolicy("abc");
    const scripts = policy.split("; ").find((d) => d.startsWith("script-src "));
    expect(scripts).toBe("script-src 'self' 'nonce-abc' 'strict-dynamic'");
    expect(policy).not.toMatch(/unsafe-eval/);
    for (const directive of ["frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"])
      expect(policy).toContain(directive);
  });

  it("gives every response its own unguessable nonce", () => {
    const nonces = new Set(Array.from({ length: 100 }, createNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});

describe("servedOverHttps", () => {
  const forwarded = new Headers({ "x-forwarded-proto": "https" });
  it("is true for an https public URL, or a trusted proxy that says https", () => {
    expect(servedOverHttps(new Headers(), { NEXTAUTH_URL: "https://atlas.example.com" })).toBe(true);
    expect(servedOverHttps(forwarded, { NEXTAUTH_URL: "http://localhost:3000", TRUST_PROXY: "1" })).toBe(true);
  });
  it("ignores X-Forwarded-Proto from clients when no proxy is trusted", () => {
    expect(servedOverHttps(forwarded, { NEXTAUTH_URL: "http://localhost:3000" })).toBe(false);
    expect(servedOverHttps(new Headers(), {})).toBe(false);
  });
});
