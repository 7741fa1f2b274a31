// Small helpers shared by the start, test and bench scripts. Plain Node: they run before dependencies exist.
import { spawnSync } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

export const root = path.resolve(import.meta.dirname, "..", "..");

export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", ...options, env: { ...process.env, ...options.env } });
  if (result.status !== 0) {
    console.error(`\n✗ ${command} ${args.join(" ")} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status || 1);
  }
}

export const bin = (name) => path.join(root, "node_modules", ".bin", name);

/**
 * Installs npm dependencies when node_modules is missing or older than package-lock.json.
 * `npm install` rather than `npm ci`: the registry mirror this project is built against omits other
 * platforms' optional packages from the lockfile, which `npm ci` rejects as "out of sync". The
 * committed lockfile still pins every version.
 */
export function ensureDependencies() {
  const marker = path.join(root, "node_modules", ".package-lock.json");
  const lock = path.join(root, "package-lock.json");
  if (fs.existsSync(marker) && fs.statSync(marker).mtimeMs >= fs.statSync(lock).mtimeMs) return;
  console.log("→ Installing dependencies (npm install)…");
  run("npm", ["install", "--no-audit", "--no-fund"]);
}

const isPostgresUrl = (url) => /^postgres(ql)?:\/\//i.test(url);

const CLIENT_INPUTS = [
  "prisma/schema.prisma",
  "prisma/postgres/schema.prisma",
  "node_modules/prisma/package.json",
  "node_modules/@prisma/client/package.json",
];
const CLIENT_OUTPUTS = ["lib/generated/prisma", "lib/generated/prisma-pg"];

/**
 * Generates both Prisma clients (the app imports both; lib/db-client.ts picks one by DATABASE_URL), unless they were
 * generated from these schemas by this Prisma version: the two `prisma generate` runs took ~3 s of every start.
 */
export function generateClients() {
  run("node", ["scripts/db/pg-schema.mjs", "--check"]);
  const hash = createHash("sha256");
  for (const input of CLIENT_INPUTS) hashTree(hash, path.join(root, input));
  const digest = hash.digest("hex");
  const stamp = path.join(root, "lib", "generated", "clients-hash");
  const stamped = fs.existsSync(stamp) ? fs.readFileSync(stamp, "utf8") : null;
  if (stamped === digest && CLIENT_OUTPUTS.every((output) => fs.existsSync(path.join(root, output)))) return;
  run(bin("prisma"), ["generate"], { stdio: ["inherit", "ignore", "inherit"] });
  run(bin("prisma"), ["generate", "--schema", "prisma/postgres/schema.prisma"], { stdio: ["inherit", "ignore", "inherit"] });
  fs.writeFileSync(stamp, digest);
}

const EXTENSION_SOURCE = "lib/data/sql/sqlite-bm25.c";
const EXTENSION_OUTPUT = "lib/generated/sqlite-bm25.so";
const SQLITE_HEADERS = "node_modules/better-sqlite3/deps/sqlite3";

/**
 * Compiles atlas_bm25 (lib/data/sql/sqlite-bm25.c) against the SQLite that better-sqlite3 built, unless it was
 * compiled from this source for these headers. Without gcc, search still works, with FTS5's own bm25 (about half as
 * fast at 100k stories; lib/data/sql/sqlite-bm25.mjs warns). -ffp-contract=off: no fused multiply-adds, so that the
 * scores equal FTS5's to the last bit on every processor.
 */
export function compileSqliteExtension() {
  const hash = createHash("sha256");
  for (const input of [EXTENSION_SOURCE, `${SQLITE_HEADERS}/sqlite3.h`, `${SQLITE_HEADERS}/sqlite3ext.h`]) hashTree(hash, path.join(root, input));
  const digest = hash.digest("hex");
  const output = path.join(root, EXTENSION_OUTPUT);
  const stamp = `${output}.hash`;
  if (fs.existsSync(output) && fs.existsSync(stamp) && fs.readFileSync(stamp, "utf8") === digest) return;
  fs.rmSync(output, { force: true });
  fs.mkdirSync(path.dirname(output), { recursive: true });
  const flags = ["-O2", "-fPIC", "-shared", "-ffp-contract=off", "-I", SQLITE_HEADERS, "-o", EXTENSION_OUTPUT, EXTENSION_SOURCE, "-lm"];
  const result = spawnSync(process.env.CC || "gcc", flags, { cwd: root, stdio: ["ignore", "inherit", "inherit"] });
  if (result.error || result.status !== 0) {
    console.warn(`→ Could not compile ${EXTENSION_SOURCE} (${result.error?.message ?? `exit ${result.status}`}): search ranks with FTS5's own bm25.`);
    return;
  }
  fs.writeFileSync(stamp, digest);
}

/** Runs a script whose failure it reports itself in one line: exit without adding a second one. */
function runQuiet(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status || 1);
}

/**
 * The release step, `npm run migrate` (scripts/migrate.ts) then `npm run content:sync`, with the Prisma clients
 * generated in between. Both steps are idempotent and safe to run from several machines at once.
 * `reset` (end-to-end tests only) starts from an empty database.
 */
export function prepareDatabase({ reset = false } = {}) {
  const url = process.env.DATABASE_URL?.trim() || "file:./data/atlas.db";
  if (reset && isPostgresUrl(url)) runQuiet("node", ["scripts/db/migrate-postgres.mjs", "--reset"]);
  else if (reset)
    for (const suffix of ["", "-journal", "-wal", "-shm"]) fs.rmSync(path.resolve(root, url.replace(/^file:/, "")) + suffix, { force: true });
  // Migrating needs no generated client: it goes first, so a database that cannot be reached stops the start with
  // the runner's one line, before anything else prints.
  runQuiet(bin("tsx"), ["scripts/migrate.ts"]);
  generateClients();
  compileSqliteExtension();
  run(bin("tsx"), ["scripts/sync-content.ts"]);
}

const BUILD_INPUTS = [
  "app",
  "components",
  "lib",
  "package-lock.json",
  "next.config.mjs",
  "instrumentation-client.ts",
  "postcss.config.mjs",
  "tsconfig.json",
  "prisma/schema.prisma",
  "prisma/postgres/schema.prisma",
];

function hashTree(hash, target) {
  const stat = fs.statSync(target, { throwIfNoEntry: false });
  if (!stat) return;
  if (stat.isDirectory()) {
    for (const name of fs.readdirSync(target).sort()) {
      if (name === "generated" || name.endsWith(".test.ts")) continue;
      hashTree(hash, path.join(target, name));
    }
  } else {
    hash.update(path.relative(root, target)).update(fs.readFileSync(target));
  }
}

/**
 * The cap on V8's old space for the served app, in MB. At 100k stories the app's live heap is ~80 MB, but under load
 * V8 lets a heap grow to several times its live size before collecting, which took the process to 650–800 MB RSS.
 * With this cap it stays near 400 MB, for ~10% less throughput (README, "Memory"). A --max-old-space-size in
 * NODE_OPTIONS wins: raise it for catalogues far beyond 100k stories.
 *
 * Old space starts at half the cap. V8 otherwise sizes it from the small live heap and runs a full collection about
 * every 60 page renders, each pausing the request it lands on; from half the cap it runs a third as many, and
 * cached pages are served ~50% faster (README, "Memory").
 */
const HEAP_MB = 320;

/**
 * The command that serves the production build, as `npm start` and the benchmark run it, or with `dev` the
 * development server (`npm run dev`; its compiler needs more than the cap).
 */
export function serveCommand({ dev = false } = {}) {
  const serve = path.join(root, "scripts", "serve.mjs");
  if (dev) return [process.execPath, [serve, "--dev"]];
  const own = /--max-old-space-size/.test(process.env.NODE_OPTIONS ?? "");
  const heap = own ? [] : [`--max-old-space-size=${HEAP_MB}`, `--initial-old-space-size=${HEAP_MB / 2}`];
  return [process.execPath, [...heap, serve]];
}

/** Runs `next build` unless the sources are unchanged since the last successful build. */
export function buildIfChanged() {
  const hash = createHash("sha256");
  for (const input of BUILD_INPUTS) hashTree(hash, path.join(root, input));
  const digest = hash.digest("hex");
  const stamp = path.join(root, ".next", "atlas-build-hash");
  if (fs.existsSync(stamp) && fs.readFileSync(stamp, "utf8") === digest && fs.existsSync(path.join(root, ".next", "BUILD_ID"))) {
    console.log("→ Build is up to date.");
    return;
  }
  console.log("→ Building (next build)…");
  run(bin("next"), ["build"], { env: { NEXT_TELEMETRY_DISABLED: "1" } });
  fs.writeFileSync(stamp, digest);
}

/** Reads .env files the way Next does (.env, .env.local, .env.production…; real environment variables win). */
export async function loadEnvFiles(dev = false) {
  const { loadEnvConfig } = (await import("@next/env")).default;
  loadEnvConfig(root, dev, { info: () => {}, error: console.error });
}

/** Validates every environment variable (lib/env.ts) and stops with one line per bad one. */
export function checkEnv() {
  const result = spawnSync(bin("tsx"), ["scripts/check-env.ts"], { cwd: root, stdio: "inherit" });
  if (result.status !== 0) process.exit(1);
}

/**
 * next-auth needs a secret and its public URL. Unless they are configured, use http://localhost:PORT and (on SQLite,
 * one machine) a random secret generated once per install into data/.auth-secret: there is no shared default secret.
 */
export function ensureAuthEnv(port) {
  process.env.NEXTAUTH_URL ||= `http://localhost:${port}`;
  if (process.env.NEXTAUTH_SECRET) return;
  // A PostgreSQL database is shared by several instances, which must all sign sessions with one secret: a file
  // generated on each host would give each its own and sign everyone out on every other instance.
  if (isPostgresUrl(process.env.DATABASE_URL?.trim() ?? "")) {
    console.error("✗ NEXTAUTH_SECRET must be set when DATABASE_URL is PostgreSQL: give every instance the same secret (docs/deploy.md).");
    process.exit(1);
  }
  const file = path.join(root, "data", ".auth-secret");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  process.env.NEXTAUTH_SECRET = fs.readFileSync(file, "utf8").trim();
}
