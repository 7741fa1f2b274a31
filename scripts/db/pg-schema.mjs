// Generates prisma/postgres/schema.prisma from prisma/schema.prisma, the one schema anybody edits.
// `--check` exits 1 instead of writing when the generated file is out of date (run by `npm test`).
// The models use only portable types (Int, String, Boolean, DateTime), so the provider, the placeholder URL and
// the client's output folder are all that differ.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
export const SQLITE_SCHEMA = path.join(root, "prisma", "schema.prisma");
export const POSTGRES_SCHEMA = path.join(root, "prisma", "postgres", "schema.prisma");

function replaceOnce(text, from, to) {
  if (!text.includes(from)) throw new Error(`prisma/schema.prisma no longer contains ${JSON.stringify(from)}: update scripts/db/pg-schema.mjs`);
  return text.replace(from, to);
}

export function postgresSchema(source = fs.readFileSync(SQLITE_SCHEMA, "utf8")) {
  let text = source;
  text = replaceOnce(text, 'output     = "../lib/generated/prisma"', 'output     = "../../lib/generated/prisma-pg"');
  text = replaceOnce(text, 'provider = "sqlite"', 'provider = "postgresql"');
  text = replaceOnce(text, 'url      = "file:./data/atlas.db"', 'url      = "postgresql://localhost/atlas"');
  return `// GENERATED from prisma/schema.prisma by scripts/db/pg-schema.mjs (npm run db:pg-schema). Do not edit.\n${text}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const wanted = postgresSchema();
  const current = fs.existsSync(POSTGRES_SCHEMA) ? fs.readFileSync(POSTGRES_SCHEMA, "utf8") : null;
  if (process.argv.includes("--check")) {
    if (current !== wanted) {
      console.error("✗ prisma/postgres/schema.prisma is out of date with prisma/schema.prisma: run `npm run db:pg-schema`.");
      process.exit(1);
    }
  } else if (current !== wanted) {
    fs.mkdirSync(path.dirname(POSTGRES_SCHEMA), { recursive: true });
    fs.writeFileSync(POSTGRES_SCHEMA, wanted);
    console.log("→ Wrote prisma/postgres/schema.prisma");
  }
}
