// `npm run bench -- --database postgres`: the benchmark database on PostgreSQL. BENCH_DATABASE_URL names one to use
// (it is emptied first); otherwise a throwaway cluster is started and removed when the benchmark exits.
import { startPostgresCluster } from "../lib/postgres-cluster.mjs";
import { prepareDatabase } from "../lib/run.mjs";
import { synthesizePostgres } from "./synthesize-postgres.mjs";

export async function preparePostgresBench(stories) {
  const url = process.env.BENCH_DATABASE_URL || (await startPostgresCluster()).url("atlas_bench");
  process.env.DATABASE_URL = url;
  prepareDatabase({ reset: true });
  if (stories > 0) {
    const made = await synthesizePostgres(url, stories);
    console.log(`→ Synthesised ${made.created} stories on PostgreSQL in ${made.seconds.toFixed(1)} s`);
  }
}
