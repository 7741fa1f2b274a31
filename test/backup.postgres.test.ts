import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { libpqConnection } from "@/lib/backup/backup";
import { createPrismaClient } from "@/lib/db-client";
import { checkHealth } from "@/lib/data/health";
import { createTempDatabase, type TempDatabase } from "@/test/temp-db";

const root = path.resolve(import.meta.dirname, "..");

describe("PostgreSQL backup and restore", () => {
  let source: TempDatabase;
  let target: TempDatabase;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "atlas-pg-backup-"));
  beforeAll(async () => {
    [source, target] = await Promise.all([createTempDatabase("postgresql"), createTempDatabase("postgresql")]);
  });
  afterAll(async () => {
    await Promise.all([source.cleanup(), target.cleanup()]);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("dumps with pg_dump while the app is connected, and pg_restore brings that state back (the documented steps)", async () => {
    await source.db.category.create({ data: { slug: "before-backup", name: "Before", description: "" } });
    const backup = path.join(dir, "atlas.dump");
    const run = spawnSync(path.join(root, "node_modules", ".bin", "tsx"), ["scripts/backup.ts", backup], {
      cwd: root,
      encoding: "utf8",
      env: { ...process.env, DATABASE_URL: source.url },
    });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain(`backup: wrote ${backup}`);
    await source.db.category.create({ data: { slug: "after-backup", name: "After", description: "" } });

    // docs/deploy.md: pg_restore --clean --if-exists --no-owner into the database, then the release step.
    await target.db.category.create({ data: { slug: "overwritten", name: "Overwritten", description: "" } });
    const restore = spawnSync("pg_restore", ["--clean", "--if-exists", "--no-owner", `--dbname=${libpqConnection(target.url).url}`, backup], {
      encoding: "utf8",
    });
    expect(restore.status, restore.stderr).toBe(0);
    const restored = createPrismaClient(target.url);
    expect((await restored.category.findMany({ select: { slug: true } })).map((c) => c.slug)).toEqual(["before-backup"]);
    expect(await checkHealth(restored)).toEqual({ status: "ok", database: "ok", migrations: "ok" });
    await restored.$disconnect();
  });

  it("fails with one line naming the problem when the server does not answer", () => {
    const run = spawnSync(path.join(root, "node_modules", ".bin", "tsx"), ["scripts/backup.ts", path.join(dir, "never.dump")], {
      cwd: root,
      encoding: "utf8",
      env: { ...process.env, DATABASE_URL: "postgresql://atlas:secret-password@127.0.0.1:1/atlas" },
    });
    expect(run.status).toBe(1);
    const lines = run.stderr.split("\n").filter((line) => line.trim() && !line.startsWith("npm warn"));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^✗ Backup failed: pg_dump failed: .*127\.0\.0\.1/);
    expect(run.stderr).not.toContain("secret-password");
    expect(fs.existsSync(path.join(dir, "never.dump"))).toBe(false);
  });
});
