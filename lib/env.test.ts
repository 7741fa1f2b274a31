import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";

const problems = (source: Record<string, string>) => {
  const result = parseEnv(source);
  return result.ok ? [] : result.problems;
};

describe("environment validation", () => {
  it("accepts an empty environment with safe defaults, and treats empty values as unset", () => {
    const result = parseEnv({ REGISTRATION: "", TRUST_PROXY: "", OIDC_ISSUER: "", NEXTAUTH_SECRET: "" });
    expect(result).toMatchObject({ ok: true, env: { REGISTRATION: "open", TRUST_PROXY: 0 } });
  });

  it("refuses a misspelt REGISTRATION instead of leaving registration open", () => {
    expect(problems({ REGISTRATION: "invite_only" })).toEqual(['REGISTRATION must be "open" or "invite-only" (got "invite_only")']);
    expect(parseEnv({ REGISTRATION: "invite-only" })).toMatchObject({ ok: true, env: { REGISTRATION: "invite-only" } });
  });

  it.each([
    ["PORT", "99999", "PORT must be a port number between 1 and 65535"],
    ["PORT", "80a", "PORT must be a port number"],
    ["DATABASE_URL", "mysql://db/atlas", "DATABASE_URL must be a SQLite file URL (file:./data/atlas.db) or a PostgreSQL URL"],
    ["NEXTAUTH_URL", "localhost:3000", "NEXTAUTH_URL must be an http(s) URL"],
    ["OIDC_ISSUER", "ftp://idp.example", "OIDC_ISSUER must be an http(s) URL"],
    ["TRUST_PROXY", "maybe", 'TRUST_PROXY must be "true", "false" or the number of proxies'],
    ["TRUST_PROXY", "11", "TRUST_PROXY must be at most 10 proxies"],
    ["NODE_ENV", "prod", "NODE_ENV must be"],
  ])("names %s=%s in the message", (name, value, message) => {
    const found = problems({ [name]: value }).filter((line) => line.startsWith(`${name} `));
    expect(found).toEqual([expect.stringContaining(message)]);
    expect(found[0]).toContain(`(got "${value}")`);
  });

  it("accepts PostgreSQL URLs and never prints a database password", () => {
    expect(parseEnv({ DATABASE_URL: "postgresql://atlas:pw@db:5432/atlas" })).toMatchObject({ ok: true });
    expect(problems({ DATABASE_URL: "mysql://atlas:hunter2@db/atlas" })).toEqual([expect.stringContaining('(got "mysql://…@db/atlas")')]);
  });

  it("reads TRUST_PROXY as a number of proxy hops", () => {
    for (const [value, hops] of [
      ["true", 1],
      ["1", 1],
      ["yes", 1],
      ["false", 0],
      ["0", 0],
      ["2", 2],
    ] as const) {
      expect(parseEnv({ TRUST_PROXY: value }), value).toMatchObject({ ok: true, env: { TRUST_PROXY: hops } });
    }
  });

  it("wants all of OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET or none", () => {
    const found = problems({ OIDC_ISSUER: "https://idp.example" });
    expect(found).toHaveLength(2);
    expect(found[0]).toMatch(/^OIDC_CLIENT_ID must be set too when OIDC_ISSUER is/);
    expect(found[1]).toMatch(/^OIDC_CLIENT_SECRET must be set too/);
    expect(parseEnv({ OIDC_ISSUER: "https://idp.example", OIDC_CLIENT_ID: "a", OIDC_CLIENT_SECRET: "b" }).ok).toBe(true);
  });

  it("requires NEXTAUTH_SECRET in production and never prints a secret's value", () => {
    expect(problems({ NODE_ENV: "production" })).toEqual([expect.stringMatching(/^NEXTAUTH_SECRET must be set in production/)]);
    expect(problems({ NODE_ENV: "production", NEXT_PHASE: "phase-production-build" })).toEqual([]);
    const [problem] = problems({ OIDC_ISSUER: "https://idp.example", OIDC_CLIENT_SECRET: "hunter2" });
    expect(problem).not.toContain("hunter2");
  });
});
