import "server-only";
import { db as appDb } from "@/lib/db";
import { isPostgres, type Db } from "@/lib/db-client";
import { migrationNames, postgresMigrationsDir, sqliteMigrationsDir } from "@/lib/migrations/files";

export type Health = {
  status: "ok" | "unavailable";
  database: "ok" | "unreachable";
  migrations: "ok" | "pending" | "unknown";
};

/** A health check must answer quickly even when the database hangs (a load balancer waits for it). */
const TIMEOUT_MS = 3_000;

// The migrations shipped with this build do not change while it runs: read their names once per process.
const shipped = new Map<string, string[]>();
function shippedMigrations(dir: string) {
  let names = shipped.get(dir);
  if (!names) shipped.set(dir, (names = migrationNames(dir)));
  return names;
}

function withTimeout<T>(promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error("timed out")), TIMEOUT_MS);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Whether the database answers and every migration in the repository is applied. Two cheap statements (no
 * catalogue reads), so load balancers may call it every few seconds. Errors are reduced to the failing part:
 * nothing about the database (address, user, message) reaches the answer.
 */
export async function checkHealth(db: Db = appDb): Promise<Health> {
  try {
    await withTimeout(db.$queryRaw`SELECT 1`);
  } catch {
    return { status: "unavailable", database: "unreachable", migrations: "unknown" };
  }
  let applied: Set<string>;
  try {
    const rows = await withTimeout(
      db.$queryRaw<{ migration_name: string }[]>`SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    applied = new Set(rows.map((row) => row.migration_name));
  } catch {
    // No bookkeeping table yet: nothing was ever migrated.
    applied = new Set();
  }
  const dir = isPostgres(db) ? postgresMigrationsDir() : sqliteMigrationsDir();
  const migrations = shippedMigrations(dir).every((name) => applied.has(name)) ? "ok" : "pending";
  return { status: migrations === "ok" ? "ok" : "unavailable", database: "ok", migrations };
}
