import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "@/lib/generated/prisma-pg/client";
import { databaseProvider, databaseUrl } from "@/lib/database-url";
import { WRITE_LOCK_KEY } from "@/lib/write-lock";

// One client type for the app: both generated clients come from the same datamodel (prisma/postgres/schema.prisma
// is generated from prisma/schema.prisma), so their model APIs are identical and the PostgreSQL one is typed as the
// SQLite one. Each provider needs its own generated client: a client only accepts adapters of its own provider.
export type Db = PrismaClient;

// SQLite has one writer: under a burst of saves, transactions queue for the lock. Prisma's default 2 s wait would
// turn that queue into errors. PostgreSQL queues on the advisory lock in writeTransaction the same way.
const transactionOptions = { maxWait: 15_000, timeout: 30_000 };

const postgresClients = new WeakSet<Db>();
export const isPostgres = (db: Db) => postgresClients.has(db);

/** Builds a Prisma client for DATABASE_URL: better-sqlite3 for `file:`, pg for `postgres://`. The app uses lib/db.ts. */
export function createPrismaClient(url = databaseUrl()): Db {
  if (databaseProvider(url) === "postgresql") {
    const adapter = new PrismaPg({ connectionString: url, max: Number(process.env.DATABASE_POOL_SIZE) || 10 });
    const client = new PostgresPrismaClient({ adapter, transactionOptions }) as unknown as Db;
    postgresClients.add(client);
    return client;
  }
  // Wait for SQLite's write lock instead of failing at once (the file is WAL, see scripts/lib/run.mjs).
  return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url, timeout: 15_000 }), transactionOptions });
}

/**
 * A case-insensitive `contains` filter, as SQLite's LIKE gives for ASCII: PostgreSQL needs `mode: "insensitive"`,
 * which the SQLite client's types do not know (and SQLite's client would reject).
 */
export function containsText(value: string): { contains: string } {
  return databaseProvider() === "postgresql" ? ({ contains: value, mode: "insensitive" } as { contains: string }) : { contains: value };
}

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/**
 * The one way to run a transaction that writes: its first statement takes the database's write lock, so
 * read-then-write sequences (first admin, slug allocation, version checks) see no concurrent writer.
 * - SQLite: the adapter opens transactions with a deferred BEGIN; in WAL mode a transaction that reads first and
 *   writes later fails with SQLITE_BUSY_SNAPSHOT if another connection wrote in between. A no-op UPDATE takes the
 *   write lock at once, so it waits instead.
 * - PostgreSQL: a transaction-scoped advisory lock gives the same one-writer-at-a-time semantics across instances.
 */
export function writeTransaction<T>(db: Db, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return db.$transaction(async (tx) => {
    if (isPostgres(db)) await tx.$executeRaw`SELECT pg_advisory_xact_lock(${WRITE_LOCK_KEY})`;
    else await tx.$executeRaw`UPDATE "Category" SET "id" = "id" WHERE 0`;
    return fn(tx);
  });
}
