import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..");

describe("npm start", () => {
  it("stops before migrating or building when a variable is invalid, naming it in one line", () => {
    const result = spawnSync("node", ["scripts/start.mjs"], {
      cwd: root,
      encoding: "utf8",
      env: { ...process.env, REGISTRATION: "invite_only", DATABASE_URL: "file:./data/never-created.db" },
    });
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split("\n")).toEqual([
      '✗ Invalid environment: REGISTRATION must be "open" or "invite-only" (got "invite_only"). See .env.example.',
    ]);
    expect(result.stdout).not.toContain("Building");
  });
});
