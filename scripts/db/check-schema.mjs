// `npm test`'s schema check: the generated PostgreSQL schema is current, and each provider's migration folder,
// applied to an empty database, gives exactly the datamodel of prisma/schema.prisma. Offline: the migrated
// database is introspected (`prisma db pull`) and compared with `prisma migrate diff`. Tables that only raw SQL
// manages (the search index and its vocabulary) are not in the datamodel and are left out of the comparison.
// Usage: node scripts/db/check-schema.mjs <postgres base URL, e.g. postgresql://atlas@127.0.0.1:5432>
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { migratePostgres } from "./migrate-postgres.mjs";
import { POSTGRES_SCHEMA, postgresSchema, SQLITE_SCHEMA } from "./pg-schema.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const prisma = path.join(root, "node_modules", ".bin", "prisma");

function prismaCli(args, env) {
  const result = spawnSync(prisma, args, { cwd: root, encoding: "utf8", env: { ...process.env, ...env } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const modelNames = (schema) => new Set([...schema.matchAll(/^model (\w+) \{/gm)].map((m) => m[1]));

/** The introspected schema (printed after the CLI's warnings) without the models the datamodel does not have. */
function onlyModelsOf(pulled, source) {
  const keep = modelNames(source);
  const removed = [...modelNames(pulled)].filter((name) => !keep.has(name));
  const start = pulled.search(/^(generator|datasource) /m);
  let schema = pulled.slice(Math.max(start, 0)).replace(/^model (\w+) \{[\s\S]*?^\}\n?/gm, (block, name) => (keep.has(name) ? block : ""));
  // …and without the back-relation fields that pointed at them.
  for (const name of removed) schema = schema.replace(new RegExp(`^\\s+\\w+\\s+${name}(\\?|\\[\\])?\\s*$\\n`, "gm"), "");
  return schema;
}

/** Returns null when the migrated database matches the schema, else the SQL that would make it match. */
function compare(label, schemaFile, pullArgs, env, dir) {
  const pulled = prismaCli(["db", "pull", "--print", ...pullArgs], env);
  if (pulled.status !== 0) throw new Error(`${label}: prisma db pull failed: ${pulled.stderr.trim().split("\n").slice(-3).join(" ")}`);
  const file = path.join(dir, `${label}.prisma`);
  fs.writeFileSync(file, onlyModelsOf(pulled.stdout, fs.readFileSync(schemaFile, "utf8")));
  const diff = prismaCli(
    ["migrate", "diff", "--from-schema-datamodel", file, "--to-schema-datamodel", schemaFile, "--script", "--exit-code", ...pullArgs],
    env,
  );
  if (diff.status === 0) return null;
  if (diff.status === 2) return diff.stdout.trim();
  throw new Error(`${label}: prisma migrate diff failed: ${diff.stderr.trim()}`);
}

export async function checkSchema(postgresBase) {
  const problems = [];
  if (!fs.existsSync(POSTGRES_SCHEMA) || fs.readFileSync(POSTGRES_SCHEMA, "utf8") !== postgresSchema()) {
    problems.push("prisma/postgres/schema.prisma is out of date with prisma/schema.prisma: run `npm run db:pg-schema`.");
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "atlas-schema-check-"));
  const database = `atlas_schema_check_${process.pid}`;
  const admin = new pg.Client({ connectionString: `${postgresBase}/postgres` });
  await admin.connect();
  try {
    const sqliteUrl = `file:${path.join(dir, "check.db")}`;
    const deployed = prismaCli(["migrate", "deploy"], { DATABASE_URL: sqliteUrl });
    if (deployed.status !== 0) throw new Error(`prisma migrate deploy failed: ${deployed.stderr.trim()}`);
    const sqlite = compare("sqlite", SQLITE_SCHEMA, [], { DATABASE_URL: sqliteUrl }, dir);
    if (sqlite) problems.push(`prisma/migrations does not reach prisma/schema.prisma; a new migration needs:\n${sqlite}`);

    await admin.query(`CREATE DATABASE ${database}`);
    const postgresUrl = `${postgresBase}/${database}`;
    await migratePostgres(postgresUrl);
    const config = ["--config", "prisma/postgres/introspect.config.mjs"];
    const postgres = compare("postgres", POSTGRES_SCHEMA, config, { DATABASE_URL: postgresUrl }, dir);
    if (postgres) problems.push(`prisma/postgres/migrations does not reach the schema; a new migration needs:\n${postgres}`);
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`).catch(() => {});
    await admin.end();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return problems;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const problems = await checkSchema(process.argv[2] ?? process.env.ATLAS_TEST_PG);
  for (const problem of problems) console.error(`✗ ${problem}`);
  if (problems.length > 0) {
    console.error("  See docs/decisions/0009-postgresql.md, “Adding a migration”.");
    process.exit(1);
  }
  console.log("→ Both migration folders match prisma/schema.prisma.");
}
