import { spawn } from "node:child_process";
import fs from "node:fs";
import Database from "better-sqlite3";

// Consistent backups of either database, for `npm run backup` (restore steps: docs/deploy.md).

export class BackupError extends Error {}

/**
 * SQLite: VACUUM INTO writes a compacted copy from one read transaction, so it is consistent while the app keeps
 * reading and writing (WAL), and the copy is a plain database file with nothing to replay.
 */
export function backupSqlite(file: string, target: string) {
  if (fs.existsSync(target)) throw new BackupError(`${target} already exists; choose a new file name`);
  if (!fs.existsSync(file)) throw new BackupError(`there is no database at ${file}`);
  const db = new Database(file, { readonly: true, fileMustExist: true, timeout: 15_000 });
  try {
    db.prepare("VACUUM INTO ?").run(target);
  } catch (error) {
    throw new BackupError(`cannot write ${target}: ${(error as Error).message}`);
  } finally {
    db.close();
  }
}

// Query parameters Prisma and its adapter accept that libpq (pg_dump) refuses.
const PRISMA_ONLY_PARAMS = ["schema", "connection_limit", "pool_timeout", "socket_timeout", "pgbouncer", "statement_cache_size", "sslaccept"];

/** The connection URL for libpq without its password (passed in PGPASSWORD, so it never shows in `ps`). */
export function libpqConnection(url: string): { url: string; password?: string } {
  const parsed = new URL(url);
  const password = parsed.password ? decodeURIComponent(parsed.password) : undefined;
  parsed.password = "";
  for (const name of PRISMA_ONLY_PARAMS) parsed.searchParams.delete(name);
  return { url: parsed.toString(), password };
}

/**
 * PostgreSQL: pg_dump reads everything in one snapshot, so the dump is consistent while instances keep writing.
 * Custom format (restore with pg_restore), owner-free so it restores under another role.
 */
export function backupPostgres(url: string, target: string, pgDump = process.env.PG_DUMP || "pg_dump"): Promise<void> {
  if (fs.existsSync(target)) return Promise.reject(new BackupError(`${target} already exists; choose a new file name`));
  const connection = libpqConnection(url);
  return new Promise((resolve, reject) => {
    const child = spawn(pgDump, ["--format=custom", "--no-owner", "--no-privileges", `--file=${target}`, `--dbname=${connection.url}`], {
      env: { ...process.env, ...(connection.password ? { PGPASSWORD: connection.password } : {}) },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", (error: NodeJS.ErrnoException) => {
      reject(
        new BackupError(
          error.code === "ENOENT"
            ? `${pgDump} is not installed: install PostgreSQL's client tools for your server's major version (Debian: apt-get install postgresql-client), or set PG_DUMP to its path`
            : `cannot run ${pgDump}: ${error.message}`,
        ),
      );
    });
    child.on("close", (code) => {
      if (code === 0) return resolve();
      fs.rmSync(target, { force: true });
      reject(new BackupError(`pg_dump failed: ${stderr.trim().split("\n")[0] || `exit ${code}`}`));
    });
  });
}
