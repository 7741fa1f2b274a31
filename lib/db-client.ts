import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { databaseUrl } from "@/lib/database-url";

/** Builds a Prisma client on the better-sqlite3 adapter. The app uses the singleton in lib/db.ts; CLIs call this. */
export function createPrismaClient(url = databaseUrl()) {
  return new PrismaClient({
    // Wait for SQLite's write lock instead of failing at once (the file is WAL, see scripts/lib/run.mjs).
    adapter: new PrismaBetterSQLite3({ url, timeout: 15_000 }),
    // SQLite has one writer: under a burst of saves, transactions queue for the lock. Prisma's default
    // 2 s wait would turn that queue into errors.
    transactionOptions: { maxWait: 15_000, timeout: 30_000 },
  });
}

export type Db = PrismaClient;

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/**
 * The one way to run a transaction that writes. The adapter opens transactions with a deferred BEGIN; in WAL mode
 * a transaction that reads first and writes later fails with SQLITE_BUSY_SNAPSHOT if another connection (the
 * content sync, a script) wrote in between. Taking the write lock with the first statement makes it wait instead.
 */
export function writeTransaction<T>(db: Db, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`UPDATE "Category" SET "id" = "id" WHERE 0`;
    return fn(tx);
  });
}
