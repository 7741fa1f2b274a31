import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { migrationNames, sqliteMigrationsDir } from "@/lib/migrations/files";
import { MigrationError, migrateSqlite } from "@/lib/migrations/sqlite";

const root = path.resolve(import.meta.dirname, "..");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "atlas-migrate-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const shipped = migrationNames(sqliteMigrationsDir());
const schema = (file: string) => {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare("SELECT type, name, sql FROM sqlite_master ORDER BY name").all();
  } finally {
    db.close();
  }
};
const recorded = (file: string) => {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare(`SELECT migration_name AS name FROM "_prisma_migrations" ORDER BY migration_name`).all() as { name: string }[];
  } finally {
    db.close();
  }
};

/** `npm run migrate` as a separate process, the way a release step runs it. */
function migrateCli(file: string) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(path.join(root, "node_modules", ".bin", "tsx"), ["scripts/migrate.ts"], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: `file:${file}` },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

describe("SQLite migrations", () => {
  it("apply every shipped migration once, recorded in Prisma's format, and do nothing the second time", () => {
    const file = path.join(dir, "fresh.db");
    expect(migrateSqlite(file)).toEqual({ applied: shipped, upToDate: 0 });
    expect(migrateSqlite(file)).toEqual({ applied: [], upToDate: shipped.length });
    expect(recorded(file).map((row) => row.name)).toEqual(shipped);
  });

  it("roll a failing migration back completely and leave the database as it was", () => {
    const migrations = path.join(dir, "broken-migrations");
    fs.cpSync(sqliteMigrationsDir(), migrations, { recursive: true });
    const file = path.join(dir, "broken.db");
    migrateSqlite(file, migrations);
    const before = schema(file);
    const seeded = new Database(file);
    seeded.prepare(`INSERT INTO "Category" (slug, name, description, position) VALUES ('kept', 'Kept', '', 0)`).run();
    seeded.close();
    // A migration whose first statements succeed and whose last one fails.
    fs.mkdirSync(path.join(migrations, "29991231000000_broken"));
    fs.writeFileSync(
      path.join(migrations, "29991231000000_broken", "migration.sql"),
      `CREATE TABLE "Half" ("id" INTEGER PRIMARY KEY);\nALTER TABLE "Category" ADD COLUMN "extra" TEXT;\nDELETE FROM "Category";\nINSERT INTO "NoSuchTable" VALUES (1);\n`,
    );
    expect(() => migrateSqlite(file, migrations)).toThrow(MigrationError);
    expect(() => migrateSqlite(file, migrations)).toThrow(/29991231000000_broken failed and was rolled back: no such table: NoSuchTable/);
    expect(schema(file)).toEqual(before);
    expect(recorded(file).map((row) => row.name)).toEqual(shipped);
    const db = new Database(file, { readonly: true });
    expect(db.prepare(`SELECT slug FROM "Category"`).all()).toEqual([{ slug: "kept" }]);
    db.close();
  });

  it("are safe to run from several processes at once: each migration is applied exactly once", async () => {
    const file = path.join(dir, "concurrent.db");
    const runs = await Promise.all([migrateCli(file), migrateCli(file), migrateCli(file)]);
    for (const run of runs) expect(run, run.stderr).toMatchObject({ code: 0 });
    const appliedCounts = runs.map((run) => Number(/migrations: (\d+) applied/.exec(run.stdout)?.[1]));
    expect(appliedCounts.reduce((a, b) => a + b, 0)).toBe(shipped.length);
    expect(recorded(file).map((row) => row.name)).toEqual(shipped);
  });

  it("fail with one line naming the problem when the database cannot be opened", async () => {
    const blocker = path.join(dir, "a-file");
    fs.writeFileSync(blocker, "");
    const run = await migrateCli(path.join(blocker, "atlas.db"));
    expect(run.code).toBe(1);
    const lines = run.stderr.split("\n").filter((line) => line.trim() && !line.startsWith("npm warn"));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^✗ cannot .*a-file/);
  });
});
