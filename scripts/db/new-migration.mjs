// Writes the migration for a schema change into BOTH folders, from the datamodel at a git revision to the current
// prisma/schema.prisma (docs/decisions/0009-postgresql.md, “Adding a migration”):
//   npm run db:migration -- <name> [--from <git revision, default HEAD>] [--timestamp <yyyymmddhhmmss>]
// It regenerates prisma/postgres/schema.prisma first. Review both files: on SQLite prefer ALTER TABLE … ADD COLUMN
// to the table redefinition Prisma proposes (a redefinition drops the search and catalogue triggers), and add any
// trigger or raw SQL by hand to both, in each database's dialect.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { POSTGRES_SCHEMA, postgresSchema, SQLITE_SCHEMA } from "./pg-schema.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const args = process.argv.slice(2);
const option = (flag) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined);
const name = args.find((arg, i) => !arg.startsWith("--") && !["--from", "--timestamp"].includes(args[i - 1]));
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("✗ Usage: npm run db:migration -- <name_in_snake_case> [--from <git revision>] [--timestamp <yyyymmddhhmmss>]");
  process.exit(1);
}
const from = option("--from") ?? "HEAD";
const timestamp = option("--timestamp") ?? new Date().toISOString().replace(/\D/g, "").slice(0, 14);
if (!/^\d{14}$/.test(timestamp)) {
  console.error("✗ --timestamp must be 14 digits (yyyymmddhhmmss).");
  process.exit(1);
}

fs.writeFileSync(POSTGRES_SCHEMA, postgresSchema());
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "atlas-migration-"));
const old = execFileSync("git", ["show", `${from}:prisma/schema.prisma`], { cwd: root, encoding: "utf8" });
const targets = [
  { folder: "prisma/migrations", oldSchema: old, schema: SQLITE_SCHEMA },
  { folder: "prisma/postgres/migrations", oldSchema: postgresSchema(old), schema: POSTGRES_SCHEMA },
];
try {
  for (const { folder, oldSchema, schema } of targets) {
    const oldFile = path.join(dir, "old.prisma");
    fs.writeFileSync(oldFile, oldSchema);
    const sql = execFileSync(
      path.join(root, "node_modules", ".bin", "prisma"),
      ["migrate", "diff", "--from-schema-datamodel", oldFile, "--to-schema-datamodel", schema, "--script"],
      { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] },
    );
    if (!/^\s*[A-Z]/m.test(sql.replace(/^--.*$/gm, ""))) {
      console.log(`→ ${folder}: no change since ${from}`);
      continue;
    }
    const target = path.join(root, folder, `${timestamp}_${name}`, "migration.sql");
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, sql);
    console.log(`→ Wrote ${path.relative(root, target)}`);
  }
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
