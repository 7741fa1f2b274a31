import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { createPrismaClient } from "@/lib/db-client";

/** A fresh SQLite file with every migration applied, and a Prisma client on it. */
export function createTempDb() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "atlas-test-"));
  const file = path.join(dir, "test.db");
  const sqlite = new Database(file);
  const migrations = path.resolve(import.meta.dirname, "..", "prisma", "migrations");
  for (const name of fs
    .readdirSync(migrations)
    .filter((n) => /^\d/.test(n))
    .sort()) {
    sqlite.exec(fs.readFileSync(path.join(migrations, name, "migration.sql"), "utf8"));
  }
  const db = createPrismaClient(`file:${file}`);
  return {
    db,
    file,
    sqlite,
    async cleanup() {
      await db.$disconnect();
      sqlite.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Copies the repository's content/ into a temp folder a test may edit. */
export function copyContent() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "atlas-content-"));
  fs.cpSync(path.resolve(import.meta.dirname, "..", "content"), dir, { recursive: true });
  return { dir, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}
