import { createRequire } from "node:module";
import Database from "better-sqlite3";
import { WRITE_LOCK_KEY } from "@/lib/write-lock";

/**
 * The database the test server runs on (playwright.config.ts): the SQLite file by default, the PostgreSQL database
 * in E2E_DATABASE_URL when npm test runs the core specs on PostgreSQL. Plain SQL (Prisma's generated client is
 * ESM-only and Playwright loads specs as CommonJS), the same for both: identifiers in double quotes, parameters as
 * `?`, counts cast to INTEGER. Fixtures and specs only insert and delete their own rows.
 */
export type E2eDatabase = {
  all<T>(sql: string, ...params: unknown[]): Promise<T[]>;
  get<T>(sql: string, ...params: unknown[]): Promise<T | undefined>;
  run(sql: string, ...params: unknown[]): Promise<void>;
  /** Runs statements in one transaction that holds the app's write lock, as the app's writes do (lib/write-lock.ts). */
  writeAll(statements: [sql: string, ...params: unknown[]][]): Promise<void>;
  /** Runs an INSERT and returns the new row's "id". */
  insert(sql: string, ...params: unknown[]): Promise<number>;
  /** A boolean or a timestamp parameter as Prisma stores it in this database. */
  bool(value: boolean): unknown;
  now(): unknown;
  /** Closes the connections (a database that outlives the test run never needs it). */
  close(): Promise<void>;
};

// `pg` comes with @prisma/adapter-pg; only the calls used here are typed.
type PgQuery = { query(text: string, values?: unknown[]): Promise<{ rows: Record<string, unknown>[] }> };
type PgPool = PgQuery & { connect(): Promise<PgQuery & { release(): void }>; end(): Promise<void> };
type PgModule = { Pool: new (options: { connectionString: string; max: number }) => PgPool };

export function postgres(url: string): E2eDatabase {
  // Playwright loads specs as CommonJS, where import.meta does not exist.
  const { Pool } = createRequire(__filename)("pg") as PgModule;
  const pool = new Pool({ connectionString: url, max: 4 });
  const numbered = (sql: string) => {
    let n = 0;
    return sql.replace(/\?/g, () => `$${++n}`);
  };
  const all = async <T>(sql: string, ...params: unknown[]) => (await pool.query(numbered(sql), params)).rows as T[];
  return {
    all,
    get: async <T>(sql: string, ...params: unknown[]) => (await all<T>(sql, ...params))[0],
    run: async (sql, ...params) => void (await pool.query(numbered(sql), params)),
    writeAll: async (statements) => {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        await client.query("SELECT pg_advisory_xact_lock($1)", [WRITE_LOCK_KEY]);
        for (const [sql, ...params] of statements) await client.query(numbered(sql), params);
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw error;
      } finally {
        client.release();
      }
    },
    insert: async (sql, ...params) => Number((await all<{ id: number }>(`${sql} RETURNING "id"`, ...params))[0]!.id),
    bool: (value) => value,
    now: () => new Date().toISOString(),
    close: () => pool.end(),
  };
}

export function sqlite(file: string): E2eDatabase {
  let db: Database.Database | null = null;
  // Opened on first use: a PostgreSQL run never creates the file.
  const open = () => (db ??= new Database(file, { timeout: 10_000 }));
  return {
    all: async <T>(sql: string, ...params: unknown[]) =>
      open()
        .prepare(sql)
        .all(...params) as T[],
    get: async <T>(sql: string, ...params: unknown[]) =>
      open()
        .prepare(sql)
        .get(...params) as T | undefined,
    run: async (sql, ...params) =>
      void open()
        .prepare(sql)
        .run(...params),
    // SQLite has one writer at a time: a transaction is all it takes.
    writeAll: async (statements) => {
      const db = open();
      db.transaction(() => statements.forEach(([sql, ...params]) => db.prepare(sql).run(...params)))();
    },
    insert: async (sql, ...params) =>
      Number(
        open()
          .prepare(sql)
          .run(...params).lastInsertRowid,
      ),
    bool: (value) => (value ? 1 : 0),
    now: () => Date.now(),
    close: async () => {
      db?.close();
      db = null;
    },
  };
}

const url = process.env.E2E_DATABASE_URL;
export const database: E2eDatabase = url && /^postgres(ql)?:\/\//.test(url) ? postgres(url) : sqlite("data/e2e.db");
