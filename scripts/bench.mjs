// `npm run bench`: serves the built app on its own database and measures the main reading paths with autocannon.
// Prints p50/p95 latency and requests/s. A measurement, not a test: it never fails on a number.
import { spawn } from "node:child_process";
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";
import { ensureDependencies, root } from "./lib/run.mjs";

const PORT = process.env.BENCH_PORT || "3300";
const BASE = `http://127.0.0.1:${PORT}`;
const DURATION = Number(process.env.BENCH_SECONDS || 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS || 10);
const TARGETS = [
  "/postmortems",
  "/postmortems?q=dns",
  "/postmortems?q=webhook",
  "/postmortems/reddit-2023-pi-day-outage",
  "/checklists/admission-webhooks",
  "/exposure?platform=gke&admission=opa",
];

ensureDependencies();
const server = spawn("node", ["scripts/start.mjs", "--reset-db"], {
  cwd: root,
  env: { ...process.env, PORT, DATABASE_URL: "file:./data/bench.db" },
  stdio: ["ignore", "ignore", "inherit"],
});
const stop = () => server.kill("SIGTERM");
process.on("exit", stop);

async function waitForServer() {
  const deadline = Date.now() + 240_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error("the server exited before it was ready");
    try {
      if ((await fetch(`${BASE}/api/v1/tags`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("the server did not become ready within 240 s");
}

const READING_PAGES = ["/", "/postmortems", "/postmortems/reddit-2023-pi-day-outage", "/tags/snat", "/categories/networking", "/learn"];

/**
 * First-load JS: every script a reading page makes a modern browser download, as served (raw and gzipped),
 * plus inline scripts (mostly the RSC payload). `noModule` polyfills are skipped: module-capable browsers never fetch them.
 */
async function firstLoadJs(path) {
  const html = await (await fetch(BASE + path)).text();
  const sources = [...html.matchAll(/<script\b[^>]*>/g)]
    .map((m) => m[0])
    .filter((tag) => !/\snomodule\b/i.test(tag))
    .map((tag) => tag.match(/\ssrc="([^"]+)"/)?.[1])
    .filter(Boolean);
  let raw = 0;
  let gzip = 0;
  for (const src of new Set(sources)) {
    const body = Buffer.from(await (await fetch(new URL(src, BASE))).arrayBuffer());
    raw += body.length;
    gzip += gzipSync(body).length;
  }
  const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].reduce((n, m) => n + m[1].length, 0);
  return { path, files: new Set(sources).size, raw, gzip, inline };
}

const kb = (bytes) => (bytes / 1024).toFixed(1);

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

async function measure(path) {
  const times = [];
  const instance = autocannon({ url: BASE + path, connections: CONNECTIONS, duration: DURATION });
  instance.on("response", (_client, _status, _bytes, responseTime) => times.push(responseTime));
  const result = await instance;
  times.sort((a, b) => a - b);
  return {
    path,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    rps: result.requests.average,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

try {
  await waitForServer();
  console.log("\nFirst-load JS per reading page (script files referenced by the HTML)\n");
  console.log("path".padEnd(44) + "files".padStart(6) + "raw KiB".padStart(10) + "gzip KiB".padStart(10) + "inline KiB".padStart(12));
  for (const path of READING_PAGES) {
    const r = await firstLoadJs(path);
    console.log(r.path.padEnd(44) + String(r.files).padStart(6) + kb(r.raw).padStart(10) + kb(r.gzip).padStart(10) + kb(r.inline).padStart(12));
  }
  for (const path of TARGETS) await fetch(BASE + path); // warm up
  console.log(`\n${CONNECTIONS} connections, ${DURATION} s per path, against ${BASE} (production build)\n`);
  console.log("path".padEnd(44) + "p50 ms".padStart(9) + "p95 ms".padStart(9) + "req/s".padStart(9) + "  non-2xx/errors");
  for (const path of TARGETS) {
    const r = await measure(path);
    console.log(
      r.path.padEnd(44) + r.p50.toFixed(1).padStart(9) + r.p95.toFixed(1).padStart(9) + r.rps.toFixed(0).padStart(9) + `  ${r.non2xx}/${r.errors}`,
    );
  }
} finally {
  stop();
}
