// `npm run migrate`: applies pending migrations to DATABASE_URL, SQLite or PostgreSQL. Safe to run from several
// machines at once and again at any time: each migration is applied once, atomically (lib/migrations/sqlite.ts,
// scripts/db/migrate-postgres.mjs). Prints one line; on failure, one line naming the problem.
import fs from "node:fs";
import path from "node:path";
import { databaseProvider, databaseUrl } from "@/lib/database-url";
import { migrationNames, postgresMigrationsDir } from "@/lib/migrations/files";
import { MigrationError, migrateSqlite } from "@/lib/migrations/sqlite";

async function migrate(url: string) {
  if (databaseProvider(url) === "postgresql") {
    // Loaded only here: it is an ES module with top-level await, which tsx cannot require.
    const { migratePostgres } = await import("./db/migrate-postgres.mjs");
    const applied = await migratePostgres(url);
    return { applied, upToDate: migrationNames(postgresMigrationsDir()).length - applied.length };
  }
  const file = url.replace(/^file:/, "");
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
  } catch (error) {
    throw new MigrationError(`cannot create the folder for the database ${file}: ${(error as Error).message}`);
  }
  return migrateSqlite(file);
}

async function main() {
  try {
    const { applied, upToDate } = await migrate(databaseUrl());
    console.log(`migrations: ${applied.length} applied, ${upToDate} already applied.${applied.length ? ` Applied: ${applied.join(", ")}.` : ""}`);
  } catch (error) {
    // Both runners put the migration, or the unreachable database (password blanked out), in one line.
    console.error(`✗ ${(error as Error).message}`);
    process.exitCode = 1;
  }
}

void main();
