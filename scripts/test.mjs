// `npm test`: type check, lint, the schema check, unit tests (Vitest) and end-to-end tests (Playwright on Debian's
// Chromium), the data layer and a core set of browser tests on both SQLite and PostgreSQL. One throwaway
// PostgreSQL cluster serves the whole run (scripts/lib/postgres-cluster.mjs) and is removed at exit.
import { ensureChromium } from "./lib/chromium.mjs";
import { startPostgresCluster } from "./lib/postgres-cluster.mjs";
import { bin, compileSqliteExtension, ensureDependencies, generateClients, run } from "./lib/run.mjs";

/**
 * The browser specs that also run on PostgreSQL: reading (browse, search, detail) first, as in the SQLite run, then
 * writing (facets with filed stories, filing, review, permissions). One project per invocation: a file filter does
 * not stop Playwright from running a dependency project whole.
 */
const POSTGRES_SPECS = {
  reading: ["browse", "search", "detail"],
  writing: ["browse-filters", "filing", "review", "permissions"],
};

ensureDependencies();
generateClients();
compileSqliteExtension();
console.log("→ Type check");
run(bin("tsc"), ["--noEmit"]);
console.log("→ Lint and format");
run(bin("eslint"), [".", "--max-warnings", "0"]);
run(bin("prettier"), ["--check", ".", "--log-level", "warn"]);
console.log("→ Starting a throwaway PostgreSQL cluster");
const cluster = await startPostgresCluster();
const env = { ATLAS_TEST_PG: cluster.base };
console.log("→ Schema and migrations (both providers)");
run("node", ["scripts/db/check-schema.mjs", cluster.base]);
console.log("→ Unit tests");
run(bin("vitest"), ["run"], { env });
ensureChromium();
console.log("→ End-to-end tests (SQLite)");
run(bin("playwright"), ["test"]);
console.log("→ End-to-end tests (PostgreSQL, core specs)");
for (const [project, names] of Object.entries(POSTGRES_SPECS)) {
  const specs = names.map((name) => `e2e/${name}.spec.ts`);
  run(bin("playwright"), ["test", ...specs, `--project=${project}`, "--no-deps"], { env: { ...env, E2E_DATABASE_URL: cluster.url("atlas_e2e") } });
}
cluster.stop();
