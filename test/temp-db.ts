import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { inject } from "vitest";
import { createPrismaClient, type Db } from "@/lib/db-client";
import type { DatabaseProvider } from "@/lib/database-url";
import { migratePostgres } from "@/scripts/db/migrate-postgres.mjs";

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

/**
 * Raw SQL on a test database, the same on both providers: write identifiers in double quotes and parameters as
 * `?` (turned into $1, $2… for PostgreSQL).
 */
export type RawSql = {
  /** One statement (PostgreSQL runs raw SQL as prepared statements). */
  exec(sql: string): Promise<void>;
  /** A timestamp parameter as the provider stores it (Prisma keeps SQLite dates as ISO text). */
  date(value: Date): unknown;
  all<T>(sql: string, ...params: unknown[]): Promise<T[]>;
  /** Runs an INSERT and returns the new row's "id". */
  insert(sql: string, ...params: unknown[]): Promise<number>;
};

export type TempDatabase = { provider: DatabaseProvider; url: string; db: Db; raw: RawSql; cleanup(): Promise<void> };

const numbered = (sql: string) => {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
};

/** A fresh, migrated database of either provider: a SQLite file, or a database in the test cluster. */
export async function createTempDatabase(provider: DatabaseProvider): Promise<TempDatabase> {
  if (provider === "sqlite") {
    const temp = createTempDb();
    const raw: RawSql = {
      exec: async (sql) => void temp.sqlite.exec(sql),
      date: (value) => value.toISOString().replace("Z", "+00:00"),
      all: async <T>(sql: string, ...params: unknown[]) => temp.sqlite.prepare(sql).all(...params) as T[],
      insert: async (sql, ...params) => Number(temp.sqlite.prepare(sql).run(...params).lastInsertRowid),
    };
    return { provider, url: `file:${temp.file}`, db: temp.db, raw, cleanup: temp.cleanup };
  }
  const base = inject("postgresBase");
  const name = `atlas_test_${randomBytes(6).toString("hex")}`;
  const admin = createPrismaClient(`${base}/postgres`);
  await admin.$executeRawUnsafe(`CREATE DATABASE ${name}`);
  const url = `${base}/${name}`;
  await migratePostgres(url);
  const db = createPrismaClient(url);
  const raw: RawSql = {
    exec: async (sql) => void (await db.$executeRawUnsafe(sql)),
    date: (value) => value,
    all: <T>(sql: string, ...params: unknown[]) => db.$queryRawUnsafe<T[]>(numbered(sql), ...params),
    insert: async (sql, ...params) => {
      const [row] = await db.$queryRawUnsafe<{ id: number }[]>(`${numbered(sql)} RETURNING "id"`, ...params);
      return row!.id;
    },
  };
  return {
    provider,
    url,
    db,
    raw,
    async cleanup() {
      await db.$disconnect();
      await admin.$executeRawUnsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.$disconnect();
    },
  };
}

/** Copies the repository's content/ into a temp folder a test may edit. */
export function copyContent() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "atlas-content-"));
  fs.cpSync(path.resolve(import.meta.dirname, "..", "content"), dir, { recursive: true });
  return { dir, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}
