import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { databaseUrl } from "@/lib/database-url";

/** Builds a Prisma client on the better-sqlite3 adapter. The app uses the singleton in lib/db.ts; CLIs call this. */
export function createPrismaClient(url = databaseUrl()) {
  return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url }) });
}

export type Db = PrismaClient;
