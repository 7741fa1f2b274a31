// Applies prisma/postgres/migrations to the PostgreSQL database at DATABASE_URL (docs/decisions/0009-postgresql.md).
// `prisma migrate deploy` is not used on PostgreSQL: with the JS schema engine and adapter-pg 6.19 it cannot read
// its own bookkeeping, and it splits files on every `;` (which breaks plpgsql bodies) outside a transaction.
// This runner keeps Prisma's `_prisma_migrations` table, applies each pending file in one transaction (a failed
// migration leaves the database as it was) and holds an advisory lock for the whole run, so concurrent release
// steps are safe: the second waits, then finds nothing to do.
import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
export const POSTGRES_MIGRATIONS = path.join(root, "prisma", "postgres", "migrations");
/** Any constant, distinct from the app's write lock (lib/db-client.ts). */
const MIGRATION_LOCK_KEY = 7_418_302;

/** The URL with its password blanked out, for messages. */
export const redactUrl = (url) => url.replace(/\/\/([^:@/]*)(:[^@/]*)?@/, (_, user) => `//${user ? `${user}:…@` : ""}`);

/** The migration folders, oldest first (names start with their timestamp). */
export function migrationNames(dir = POSTGRES_MIGRATIONS) {
  return fs
    .readdirSync(dir)
    .filter((name) => /^\d{14}_/.test(name) && fs.existsSync(path.join(dir, name, "migration.sql")))
    .sort();
}

/** Connects, or throws an Error whose message is one line naming the problem. */
export async function connect(url) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  try {
    await client.connect();
    return client;
  } catch (error) {
    await client.end().catch(() => {});
    throw new Error(`cannot connect to PostgreSQL at ${redactUrl(url)}: ${error.message || error.code || error}`, { cause: error });
  }
}

/** Applies every pending migration; returns the names applied. */
export async function migratePostgres(url, { dir = POSTGRES_MIGRATIONS, log = () => {} } = {}) {
  const client = await connect(url);
  try {
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
    // The same table `prisma migrate deploy` keeps, so tooling that reads it (and the health check) works alike.
    await client.query(`CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
      "id" VARCHAR(36) PRIMARY KEY NOT NULL, "checksum" VARCHAR(64) NOT NULL, "finished_at" TIMESTAMPTZ,
      "migration_name" VARCHAR(255) NOT NULL, "logs" TEXT, "rolled_back_at" TIMESTAMPTZ,
      "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(), "applied_steps_count" INTEGER NOT NULL DEFAULT 0)`);
    const { rows } = await client.query(`SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`);
    const applied = new Set(rows.map((row) => row.migration_name));
    const done = [];
    for (const name of migrationNames(dir)) {
      if (applied.has(name)) continue;
      const sql = fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      try {
        await client.query("BEGIN");
        // No parameters: pg sends the file as one simple-protocol query, so `$$` bodies and several statements work.
        await client.query(sql);
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, applied_steps_count) VALUES ($1, $2, now(), $3, 1)`,
          [randomUUID(), createHash("sha256").update(sql).digest("hex"), name],
        );
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK").catch(() => {});
        throw new Error(`migration ${name} failed and was rolled back: ${error.message}`, { cause: error });
      }
      log(`→ Applied migration ${name}`);
      done.push(name);
    }
    return done;
  } finally {
    await client.end().catch(() => {});
  }
}

/** Empties the database's public schema, creating the database when it does not exist (end-to-end tests). */
export async function resetPostgres(url) {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  const admin = await connect(Object.assign(new URL(url), { pathname: "/postgres" }).toString());
  try {
    const { rowCount } = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (rowCount === 0) await admin.query(`CREATE DATABASE "${name.replaceAll('"', '""')}"`);
  } finally {
    await admin.end().catch(() => {});
  }
  const client = await connect(url);
  try {
    await client.query("DROP SCHEMA public CASCADE; CREATE SCHEMA public;");
  } finally {
    await client.end().catch(() => {});
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const url = process.env.DATABASE_URL?.trim() ?? "";
  try {
    if (process.argv.includes("--reset")) await resetPostgres(url);
    const done = await migratePostgres(url, { log: console.log });
    if (done.length === 0) console.log("→ PostgreSQL schema is up to date.");
  } catch (error) {
    console.error(`✗ ${error.message}`);
    process.exit(1);
  }
}
