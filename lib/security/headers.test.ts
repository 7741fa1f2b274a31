import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contentSecurityPolicy, createNonce, secureRequest, servedOverHttps } from "@/lib/security/headers.mjs";

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
  it("is true for an https public URL, or a trusted proxy that says https", () => {
    expect(servedOverHttps(null, { NEXTAUTH_URL: "https://atlas.example.com" })).toBe(true);
    expect(servedOverHttps("https", { NEXTAUTH_URL: "http://localhost:3000", TRUST_PROXY: "1" })).toBe(true);
    expect(servedOverHttps("https, http", { TRUST_PROXY: "true" })).toBe(true);
  });
  it("ignores X-Forwarded-Proto from clients when no proxy is trusted", () => {
    expect(servedOverHttps("https", { NEXTAUTH_URL: "http://localhost:3000" })).toBe(false);
    expect(servedOverHttps(undefined, {})).toBe(false);
  });
});

// secureRequest on a real server, as scripts/serve.mjs calls it: the answer echoes what the request became.
describe("secureRequest", () => {
  let server: http.Server;
  let base: string;
  beforeAll(async () => {
    server = http.createServer((request, response) => {
      secureRequest(request, response, { dev: request.headers["x-dev"] === "1" });
      response.setHeader("content-type", "application/json");
      response.end(
        JSON.stringify({ url: request.url, nonce: request.headers["x-nonce"] ?? null, policy: request.headers["content-security-policy"] ?? null }),
      );
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const get = async (path: string, headers: Record<string, string> = {}) => {
    const response = await fetch(base + path, { headers });
    return { headers: response.headers, seen: (await response.json()) as { url: string; nonce: string | null; policy: string | null } };
  };

  it("gives each page a fresh nonce, in the answer's policy and in the request Next reads", async () => {
    const [first, second] = [await get("/postmortems?q=dns"), await get("/postmortems?q=dns")];
    for (const { headers, seen } of [first, second]) {
      expect(seen.nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
      expect(headers.get("content-security-policy")).toBe(contentSecurityPolicy(seen.nonce!));
      expect(seen.policy).toBe(headers.get("content-security-policy"));
      expect(seen.url).toBe("/postmortems?q=dns");
      expect(headers.get("strict-transport-security")).toBeNull();
    }
    expect(first.seen.nonce).not.toBe(second.seen.nonce);
    expect((await get("/", { "x-dev": "1" })).headers.get("content-security-policy")).toContain("'unsafe-eval'");
  });

  it("sends HSTS only when a trusted proxy says the client used https", async () => {
    const env = { NEXTAUTH_URL: process.env.NEXTAUTH_URL, TRUST_PROXY: process.env.TRUST_PROXY };
    process.env.TRUST_PROXY = "1";
    delete process.env.NEXTAUTH_URL;
    try {
      expect((await get("/", { "x-forwarded-proto": "https" })).headers.get("strict-transport-security")).toMatch(/max-age=\d+/);
      expect((await get("/", { "x-forwarded-proto": "http" })).headers.get("strict-transport-security")).toBeNull();
    } finally {
      for (const [name, value] of Object.entries(env))
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
    }
  });

  it("leaves API answers and build files without a nonce", async () => {
    for (const path of ["/api/v1/tags", "/_next/static/chunks/app.js", "/_next/image?url=%2Fx.png"]) {
      const { headers, seen } = await get(path);
      expect(seen, path).toEqual({ url: path, nonce: null, policy: null });
      expect(headers.get("content-security-policy"), path).toBeNull();
    }
  });

  it("routes a path that does not percent-decode to the not-found page, or to the API's JSON 404", async () => {
    for (const path of ["/postmortems/%ff%fe", "/tags/%ff?x=1", "/postmortems/%E0%A4%A"]) {
      const { headers, seen } = await get(path);
      expect(seen.url, path).toBe("/_not-found");
      expect(headers.get("content-security-policy"), path).toContain(`'nonce-${seen.nonce}'`);
    }
    expect((await get("/api/v1/postmortems/%ff%fe")).seen.url).toBe("/api/not-valid-percent-encoding");
    expect((await get("/api/v1/postmortems/%C3%A9t%C3%A9")).seen.url).toBe("/api/v1/postmortems/%C3%A9t%C3%A9");
  });
});
