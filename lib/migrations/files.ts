import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

// The migrations shipped with this copy of the app, read from the repository (the same folders Prisma uses).
// No `@/` imports: the migrate CLI and the health route both load this module.

export type Migration = { name: string; sql: string; checksum: string };

/** The SQLite migrations folder, `prisma/migrations`, resolved from the project root (the process's directory). */
export const sqliteMigrationsDir = () => path.resolve(/*turbopackIgnore: true*/ process.cwd(), "prisma", "migrations");

/** The PostgreSQL migrations folder (applied by scripts/db/migrate-postgres.mjs). */
export const postgresMigrationsDir = () => path.resolve(/*turbopackIgnore: true*/ process.cwd(), "prisma", "postgres", "migrations");

/** The names of the migrations in a folder, oldest first (folders named `<timestamp>_<name>` holding migration.sql). */
export function migrationNames(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && /^\d/.test(entry.name) && fs.existsSync(path.join(dir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort();
}

/** Each migration with its SQL and the checksum Prisma records for it (SHA-256 of the file). */
export function readMigrations(dir: string): Migration[] {
  return migrationNames(dir).map((name) => {
    const bytes = fs.readFileSync(path.join(dir, name, "migration.sql"));
    return { name, sql: bytes.toString("utf8"), checksum: createHash("sha256").update(bytes).digest("hex") };
  });
}
