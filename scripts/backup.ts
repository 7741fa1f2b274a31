// `npm run backup -- <file>`: a consistent backup of DATABASE_URL while the app keeps running (restore: docs/deploy.md).
import path from "node:path";
import { BackupError, backupPostgres, backupSqlite } from "@/lib/backup/backup";
import { databaseUrl } from "@/lib/database-url";

async function main() {
  const [target] = process.argv.slice(2);
  if (!target) {
    console.error("✗ Name the backup file: npm run backup -- backups/atlas-2026-11-22.db");
    process.exitCode = 1;
    return;
  }
  // `npm run` changes to the project root; a relative name means the folder the command was typed in.
  const file = path.resolve(process.env.INIT_CWD ?? process.cwd(), target);
  const url = process.env.DATABASE_URL?.trim() ?? "";
  try {
    if (/^postgres(ql)?:/i.test(url)) await backupPostgres(url, file);
    else backupSqlite(databaseUrl().replace(/^file:/, ""), file);
    console.log(`backup: wrote ${file}`);
  } catch (error) {
    console.error(`✗ Backup failed: ${error instanceof BackupError ? error.message : (error as Error).message}`);
    process.exitCode = 1;
  }
}

void main();
