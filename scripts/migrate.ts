// `npm run migrate`: applies pending migrations to DATABASE_URL. Safe to run from several machines at once and
// again at any time (see lib/migrations/sqlite.ts); prints one line, and one line naming the problem on failure.
import fs from "node:fs";
import path from "node:path";
import { databaseUrl } from "@/lib/database-url";
import { MigrationError, migrateSqlite } from "@/lib/migrations/sqlite";

function main() {
  const file = databaseUrl().replace(/^file:/, "");
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const { applied, upToDate } = migrateSqlite(file);
    console.log(`migrations: ${applied.length} applied, ${upToDate} already applied.${applied.length ? ` Applied: ${applied.join(", ")}.` : ""}`);
  } catch (error) {
    const message = error instanceof MigrationError ? error.message : `cannot prepare the database ${file}: ${(error as Error).message}`;
    console.error(`✗ ${message}`);
    process.exitCode = 1;
  }
}

main();
