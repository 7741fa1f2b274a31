import { randomUUID } from "node:crypto";
import Database from "better-sqlite3";
import { readMigrations, sqliteMigrationsDir } from "./files";

// Applies the SQLite migrations without Prisma's schema engine, for two guarantees `prisma migrate deploy` does not
// give on SQLite: each migration is atomic (its statements and its bookkeeping row commit together or not at all),
// and concurrent runs are safe (each migration runs under the database's write lock, BEGIN IMMEDIATE, and is
// skipped when another run applied it first). Applied migrations are recorded in Prisma's own `_prisma_migrations`
// table, in Prisma's format, so databases migrated by earlier versions (and `prisma migrate status`) carry on.

export class MigrationError extends Error {}

const BOOKKEEPING = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" TEXT PRIMARY KEY NOT NULL,
  "checksum" TEXT NOT NULL,
  "finished_at" DATETIME,
  "migration_name" TEXT NOT NULL,
  "logs" TEXT,
  "rolled_back_at" DATETIME,
  "started_at" DATETIME NOT NULL DEFAULT current_timestamp,
  "applied_steps_count" INTEGER UNSIGNED NOT NULL DEFAULT 0
)`;

type Row = { finished_at: string | null; checksum: string };

export type MigrateResult = { applied: string[]; upToDate: number };

/** Applies every pending migration in `dir` to the SQLite file; throws MigrationError naming the one that failed. */
export function migrateSqlite(file: string, dir = sqliteMigrationsDir()): MigrateResult {
  let db: Database.Database;
  try {
    // A long busy timeout: a concurrent run (or the app's writes) holds the lock for seconds at most.
    db = new Database(file, { timeout: 60_000 });
  } catch (error) {
    throw new MigrationError(`cannot open the SQLite database ${file}: ${(error as Error).message}`);
  }
  try {
    // WAL lets readers work beside the one writer; the mode is stored in the file.
    db.pragma("journal_mode = WAL");
    // Table redefinitions drop and re-create tables: with foreign keys enforced, the DROP would fire ON DELETE
    // actions. SQLite ignores this pragma inside a transaction, so it is set here and checked before each commit.
    db.pragma("foreign_keys = OFF");
    db.exec(BOOKKEEPING);
    const find = db.prepare<[string], Row>(
      `SELECT finished_at, checksum FROM "_prisma_migrations" WHERE migration_name = ? AND rolled_back_at IS NULL ORDER BY started_at DESC LIMIT 1`,
    );
    const record = db.prepare(
      `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, started_at, applied_steps_count) VALUES (?, ?, ?, ?, ?, 1)`,
    );
    const applied: string[] = [];
    let upToDate = 0;
    for (const migration of readMigrations(dir)) {
      const apply = db.transaction(() => {
        const row = find.get(migration.name);
        if (row?.finished_at) return false;
        if (row) throw new MigrationError(`migration ${migration.name} is recorded as started but never finished; restore a backup taken before it`);
        const startedAt = new Date().toISOString();
        db.exec(migration.sql);
        const broken = db.pragma("foreign_key_check") as unknown[];
        if (broken.length > 0) throw new MigrationError(`migration ${migration.name} leaves ${broken.length} rows with broken foreign keys`);
        record.run(randomUUID(), migration.checksum, new Date().toISOString(), migration.name, startedAt);
        return true;
      });
      try {
        if (apply.immediate()) applied.push(migration.name);
        else upToDate++;
      } catch (error) {
        if (error instanceof MigrationError) throw error;
        throw new MigrationError(`migration ${migration.name} failed and was rolled back: ${(error as Error).message}`);
      }
    }
    return { applied, upToDate };
  } finally {
    db.close();
  }
}
