import type { TestProject } from "vitest/node";
import { startPostgresCluster } from "@/scripts/lib/postgres-cluster.mjs";

// One throwaway PostgreSQL cluster for the whole Vitest run; each test file creates its own database in it
// (test/temp-db.ts). `npm test` (scripts/test.mjs) may pass one it started already in ATLAS_TEST_PG.
export default async function setup(project: TestProject) {
  if (process.env.ATLAS_TEST_PG) {
    project.provide("postgresBase", process.env.ATLAS_TEST_PG);
    return;
  }
  const cluster = await startPostgresCluster();
  project.provide("postgresBase", cluster.base);
  return () => cluster.stop();
}

declare module "vitest" {
  export interface ProvidedContext {
    postgresBase: string;
  }
}
