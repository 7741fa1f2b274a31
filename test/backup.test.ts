import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { backupPostgres, backupSqlite, libpqConnection } from "@/lib/backup/backup";
import { createPrismaClient } from "@/lib/db-client";
import { checkHealth } from "@/lib/data/health";
import { migrateSqlite } from "@/lib/migrations/sqlite";

const root = path.resolve(import.meta.dirname, "..");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "atlas-backup-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const categories = async (file: string) => {
  const db = createPrismaClient(`file:${file}`);
  try {
    return (await db.category.findMany({ select: { slug: true }, orderBy: { slug: "asc" } })).map((c) => c.slug);
  } finally {
    await db.$disconnect();
  }
};

describe("SQLite backup and restore", () => {
  it("backs up while a client holds the database open, and restoring the copy brings the data back", async () => {
    const file = path.join(dir, "atlas.db");
    migrateSqlite(file);
    const db = createPrismaClient(`file:${file}`);
    await db.category.create({ data: { slug: "before-backup", name: "Before", description: "" } });

    const backup = path.join(dir, "backups", "atlas-backup.db");
    fs.mkdirSync(path.dirname(backup));
    const run = spawnSync(path.join(root, "node_modules", ".bin", "tsx"), ["scripts/backup.ts", backup], {
      cwd: root,
      encoding: "utf8",
      env: { ...process.env, DATABASE_URL: `file:${file}` },
    });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain(`backup: wrote ${backup}`);

    // Later writes are not in the backup; restoring it (the documented steps: stop, copy over, drop -wal/-shm) undoes them.
    await db.category.create({ data: { slug: "after-backup", name: "After", description: "" } });
    await db.$disconnect();
    expect(await categories(file)).toEqual(["after-backup", "before-backup"]);
    fs.copyFileSync(backup, file);
    for (const suffix of ["-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
    expect(await categories(file)).toEqual(["before-backup"]);
    const restored = createPrismaClient(`file:${file}`);
    expect(await checkHealth(restored)).toEqual({ status: "ok", database: "ok", migrations: "ok" });
    await restored.$disconnect();
  });

  it("refuses to overwrite an existing file and says why in one line", () => {
    const existing = path.join(dir, "existing.db");
    fs.writeFileSync(existing, "keep me");
    expect(() => backupSqlite(path.join(dir, "atlas.db"), existing)).toThrow(/already exists/);
    expect(fs.readFileSync(existing, "utf8")).toBe("keep me");
    const run = spawnSync(path.join(root, "node_modules", ".bin", "tsx"), ["scripts/backup.ts"], { cwd: root, encoding: "utf8" });
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toMatch(/^✗ Name the backup file/);
  });
});

describe("PostgreSQL backup", () => {
  it("keeps the password out of pg_dump's arguments and drops Prisma-only parameters", () => {
    expect(libpqConnection("postgresql://atlas:p%40ss@db.internal:5432/atlas?schema=public&sslmode=require")).toEqual({
      url: "postgresql://atlas@db.internal:5432/atlas?sslmode=require",
      password: "p@ss",
    });
  });

  it("says clearly when pg_dump is not installed", async () => {
    await expect(backupPostgres("postgresql://atlas@127.0.0.1:1/atlas", path.join(dir, "pg.dump"), "pg_dump-not-installed")).rejects.toThrow(
      /pg_dump-not-installed is not installed: install PostgreSQL's client tools/,
    );
  });
});
