import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..");

/** `npm start` with these variables (and no NEXTAUTH_SECRET unless given); its exit code and error lines. */
function start(env: Record<string, string>) {
  const inherited = { ...process.env };
  delete inherited.NEXTAUTH_SECRET;
  const result = spawnSync("node", ["scripts/start.mjs"], { cwd: root, encoding: "utf8", env: { ...inherited, ...env }, timeout: 120_000 });
  return {
    status: result.status,
    errors: result.stderr.split("\n").filter((line) => line.trim() && !line.startsWith("npm warn")),
    stdout: result.stdout,
  };
}

describe("npm start on PostgreSQL", () => {
  it("refuses to start without NEXTAUTH_SECRET instead of generating a secret per host", () => {
    const run = start({ DATABASE_URL: "postgresql://atlas:pw@127.0.0.1:1/atlas" });
    expect(run.status).toBe(1);
    expect(run.errors).toEqual([
      "✗ NEXTAUTH_SECRET must be set when DATABASE_URL is PostgreSQL: give every instance the same secret (docs/deploy.md).",
    ]);
    expect(run.stdout).not.toContain("Building");
  });

  it("stops with one line naming an unreachable database, without its password", () => {
    const run = start({ DATABASE_URL: "postgresql://atlas:hunter2-secret@127.0.0.1:1/atlas", NEXTAUTH_SECRET: "a-secret" });
    expect(run.status).toBe(1);
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]).toMatch(/^✗ cannot connect to PostgreSQL at postgresql:\/\/atlas:…@127\.0\.0\.1:1\/atlas: .*ECONNREFUSED/);
    expect(run.errors[0]).not.toContain("hunter2");
    expect(run.stdout).not.toContain("Building");
  }, 150_000);
});
