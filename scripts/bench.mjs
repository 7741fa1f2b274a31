// `npm run bench [-- --stories N] [--seconds S] [--connections C] [--database sqlite|postgres]`: serves the production
// build on a database of its own (data/bench-N.db, or PostgreSQL: see bench/postgres.mjs; the seeded content plus N
// synthetic public stories) and measures the reading paths:
//   1. one user, distinct URLs (every request a cache miss): p50/p95/p99 server time, from the server's request log;
//   2. C connections, repeated URLs (cache hits): latency and req/s;
//   3. C connections, distinct URLs: latency and req/s;
// each with its ratio to the same server's ceilings (a static file, a prerendered page), and the server's peak RSS;
// then, with synthetic stories, the writes: a restart with the content unchanged, an autosave and a tag rename.
// A measurement, not a test: it never fails on a number.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { buildIfChanged, ensureAuthEnv, ensureDependencies, prepareDatabase, root, serveCommand } from "./lib/run.mjs";

// Installs the dependencies on a fresh clone before anything that needs them is loaded.
ensureDependencies();
const { default: autocannon } = await import("autocannon");
const { default: Database } = await import("better-sqlite3");
const { ftsFigures } = await import("./bench/fts.mjs");
const { preparePostgresBench } = await import("./bench/postgres.mjs");
const { synthesize } = await import("./bench/synthesize.mjs");
const { targets } = await import("./bench/targets.mjs");

const { values: args } = parseArgs({
  options: {
    stories: { type: "string", default: "0" },
    seconds: { type: "string", default: process.env.BENCH_SECONDS ?? "5" },
    connections: { type: "string", default: process.env.BENCH_CONNECTIONS ?? "10" },
    "single-requests": { type: "string", default: "60" },
    database: { type: "string", default: "sqlite" },
  },
});
const STORIES = Number(args.stories);
const SECONDS = Number(args.seconds);
const CONNECTIONS = Number(args.connections);
const SINGLE = Number(args["single-requests"]);
const PORT = process.env.BENCH_PORT || "3300";
const BASE = `http://127.0.0.1:${PORT}`;

process.env.DATABASE_URL = `file:./data/bench-${STORIES}.db`;
process.env.NEXT_TELEMETRY_DISABLED = "1";
ensureAuthEnv(PORT);
const file = path.join(root, "data", `bench-${STORIES}.db`);
const reuse = fs.existsSync(file);
if (args.database === "postgres") await preparePostgresBench(STORIES);
else prepareDatabase({ reset: !reuse });
if (STORIES > 0 && args.database !== "postgres") {
  const made = synthesize(file, STORIES);
  console.log(
    made.created
      ? `→ Synthesised ${made.created} stories in ${made.seconds.toFixed(1)} s`
      : `→ Reusing ${made.existing} synthetic stories in ${file}`,
  );
}
buildIfChanged();

// Served exactly as `npm start` serves (scripts/serve.mjs in front of Next's request handler), with its JSON request
// log on: each line holds the request's server time, from its first byte to its last (scripts/lib/request-log.mjs).
// The one-user series name their unique parameter ONE_USER, and the log keeps parameter names, so their lines are
// told apart from any request of an earlier load still finishing.
const ONE_USER = "oneuser";
/** The server times of one-user requests, in the order they finished. */
const oneUserTimes = [];
function startServer() {
  const child = spawn(...serveCommand(), {
    cwd: root,
    env: { ...process.env, PORT, NODE_ENV: "production", LOG_FORMAT: "json" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  let pending = "";
  child.stdout.setEncoding("utf8").on("data", (chunk) => {
    const lines = (pending + chunk).split("\n");
    pending = lines.pop();
    for (const line of lines) {
      if (!line.includes(`"${ONE_USER}"`)) continue;
      const entry = JSON.parse(line);
      if (entry.msg === "request" && entry.query?.includes(ONE_USER)) oneUserTimes.push(entry.durationMs);
    }
  });
  return child;
}
let server = startServer();
const stop = () => server.kill("SIGTERM");
process.on("exit", stop);

async function waitForServer() {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error("the server exited before it was ready");
    try {
      if ((await fetch(`${BASE}/api/v1/tags`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error("the server did not become ready within 120 s");
}

/** The RSS of the server and any children, in MB. */
function serverRss() {
  let total = 0;
  const visit = (pid) => {
    const status = fs.readFileSync(`/proc/${pid}/status`, "utf8", { throwIfNoEntry: false }) ?? "";
    total += Number(status.match(/VmRSS:\s+(\d+)/)?.[1] ?? 0);
    const children = fs.readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8", { throwIfNoEntry: false }) ?? "";
    for (const child of children.trim().split(/\s+/).filter(Boolean)) visit(Number(child));
  };
  try {
    visit(server.pid);
  } catch {
    // the process tree changed while it was read
  }
  return total / 1024;
}
let peakRss = 0;
const rssTimer = setInterval(() => (peakRss = Math.max(peakRss, serverRss())), 200);

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

async function load(urls) {
  const times = [];
  const requests = urls.map((url) => ({ method: "GET", path: url }));
  const instance = autocannon({ url: BASE, connections: CONNECTIONS, duration: SECONDS, requests });
  instance.on("response", (_client, _status, _bytes, responseTime) => times.push(responseTime));
  const result = await instance;
  times.sort((a, b) => a - b);
  return {
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    rps: result.requests.average,
    bad: result.non2xx + result.errors,
  };
}

/**
 * A distinct URL made unique by a parameter the app ignores: the generators repeat their filter combinations
 * (ten search words, say), and a repeated URL would be a hit in the page cache (scripts/lib/page-cache.mjs).
 */
const unique = (url, i) => `${url}${url.includes("?") ? "&" : "?"}n=${i}`;

/**
 * One request at a time, each URL different: a cache miss as one user sees it. Server time (the target's measure)
 * comes from the server's request log; the client's round trip, for comparison, adds the client's own work and, on
 * the first request after a load, a new connection.
 */
async function singleUser(distinct) {
  // The load before this series leaves up to C requests in flight on the server (each ~0.1–0.2 s under load): they
  // would share the server with the first requests of the series, which are its first-time searches and counts.
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const client = [];
  const from = oneUserTimes.length;
  let bad = 0;
  for (let i = 0; i < SINGLE; i++) {
    const url = distinct(i + 1000);
    const start = performance.now();
    const response = await fetch(`${BASE}${url}${url.includes("?") ? "&" : "?"}${ONE_USER}=${i + 1000}`);
    await response.arrayBuffer();
    client.push(performance.now() - start);
    if (!response.ok) bad++;
  }
  // A log line is written once the response has closed, which may be just after the client has read it.
  const deadline = Date.now() + 5000;
  while (oneUserTimes.length < from + SINGLE && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
  const server = oneUserTimes.slice(from, from + SINGLE).sort((a, b) => a - b);
  client.sort((a, b) => a - b);
  return { p50: percentile(server, 50), p95: percentile(server, 95), p99: percentile(server, 99), clientP95: percentile(client, 95), bad };
}

async function firstLoadJs(page) {
  const html = await (await fetch(BASE + page)).text();
  const sources = new Set(
    [...html.matchAll(/<script\b[^>]*>/g)]
      .map((m) => m[0])
      .filter((tag) => !/\snomodule\b/i.test(tag))
      .map((tag) => tag.match(/\ssrc="([^"]+)"/)?.[1])
      .filter(Boolean),
  );
  let raw = 0;
  let gzip = 0;
  for (const src of sources) {
    const body = Buffer.from(await (await fetch(new URL(src, BASE))).arrayBuffer());
    raw += body.length;
    gzip += gzipSync(body).length;
  }
  return { files: sources.size, raw, gzip };
}

function prerenderedPage() {
  const manifest = JSON.parse(fs.readFileSync(path.join(root, ".next", "prerender-manifest.json"), "utf8"));
  return Object.keys(manifest.routes).find((route) => !route.startsWith("/_") && !/\.\w+$/.test(route) && route !== "/");
}

const fmt = (n) => (Number.isFinite(n) ? n.toFixed(1) : "–");
const row = (cells, widths) => cells.map((cell, i) => (i === 0 ? String(cell).padEnd(widths[i]) : String(cell).padStart(widths[i]))).join("");

try {
  await waitForServer();
  const html = await (await fetch(`${BASE}/postmortems`)).text();
  const staticFile = html.match(/src="(\/_next\/static\/[^"]+\.js)"/)?.[1];
  const prerendered = prerenderedPage();
  const paths = targets(STORIES);
  for (const t of paths) await (await fetch(BASE + t.path)).arrayBuffer(); // builds the catalogue index once

  console.log(`\nPostmortem Atlas benchmark: ${STORIES} synthetic stories + the seeded content on ${args.database}, ${BASE} (production build)`);
  const ceilings = {
    static: staticFile ? await load([staticFile]) : null,
    prerendered: prerendered ? await load([prerendered]) : null,
  };
  console.log(
    `Ceilings (${CONNECTIONS} connections, ${SECONDS} s): static file ${fmt(ceilings.static?.rps)} req/s; prerendered page ${prerendered ?? "(none)"} ${fmt(ceilings.prerendered?.rps)} req/s`,
  );

  const widths = [22, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 8];
  console.log(
    `\n${row(["", "1 user,", "server", "time", "client", `${CONNECTIONS} conn`, "repeated", "", "", "", "", `${CONNECTIONS} conn`, "distinct", "", ""], widths)}\n` +
      row(
        [
          "path",
          "p50 ms",
          "p95 ms",
          "p99 ms",
          "p95 ms",
          "p50 ms",
          "p95 ms",
          "p99 ms",
          "req/s",
          "÷static",
          "÷prerend",
          "p50 ms",
          "p95 ms",
          "req/s",
          "errors",
        ],
        widths,
      ),
  );
  for (const t of paths) {
    const single = await singleUser(t.distinct);
    const repeated = await load([t.path]);
    const distinct = await load(Array.from({ length: 300 }, (_, i) => unique(t.distinct(i), i)));
    const ratio = (ceiling) => (ceiling ? `${((100 * repeated.rps) / ceiling.rps).toFixed(1)}%` : "–");
    console.log(
      row(
        [
          t.name,
          fmt(single.p50),
          fmt(single.p95),
          fmt(single.p99),
          fmt(single.clientP95),
          fmt(repeated.p50),
          fmt(repeated.p95),
          fmt(repeated.p99),
          fmt(repeated.rps),
          ratio(ceilings.static),
          ratio(ceilings.prerendered),
          fmt(distinct.p50),
          fmt(distinct.p95),
          fmt(distinct.rps),
          single.bad + repeated.bad + distinct.bad,
        ],
        widths,
      ),
    );
  }
  console.log(`\nServer peak RSS during the run: ${peakRss.toFixed(0)} MB`);
  if (args.database !== "postgres") {
    const fts = await ftsFigures(file);
    console.log(
      `FTS5 alone, "${fts.word}" (${fts.hits} hits), p50: top 20 by bm25 with snippets ${fmt(fts.top20)} ms` +
        (fts.top20AfterWrite === null ? "" : ` (${fmt(fts.top20AfterWrite)} ms as the first search after the index changed)`) +
        `; every hit unranked ${fmt(fts.unranked)} ms; every hit ranked ${fmt(fts.allRanked)} ms`,
    );
  }
  console.log("\nFirst-load JS per reading page (script files the HTML references; noModule polyfills skipped)\n");
  console.log(row(["path", "files", "raw KiB", "gzip KiB"], [44, 6, 10, 10]));
  for (const page of ["/", "/postmortems", paths.find((t) => t.name === "detail").path, "/tags", "/checklists"]) {
    const r = await firstLoadJs(page);
    console.log(row([page, r.files, (r.raw / 1024).toFixed(1), (r.gzip / 1024).toFixed(1)], [44, 6, 10, 10]));
  }
  if (STORIES > 0) await writePaths();
} finally {
  clearInterval(rssTimer);
  stop();
}

/**
 * The scaling issue's write figures, after the reads so that they disturb nothing:
 * - `npm start` itself (scripts/start.mjs) with the content unchanged, until it answers its first request (install
 *   check, migrations, content sync, build check, then the tags API, which builds the catalogue index), then the
 *   first browse page;
 * - an autosave and a tag rename through the data layer (scripts/bench/writes.ts), on a copy of the SQLite file (the
 *   benchmark's database is reused by later runs) or on the throwaway PostgreSQL database.
 */
async function writePaths() {
  stop();
  await new Promise((resolve) => (server.exitCode !== null ? resolve() : server.once("exit", resolve)));
  const restartStart = performance.now();
  server = spawn(process.execPath, ["scripts/start.mjs"], { cwd: root, env: { ...process.env, PORT }, stdio: ["ignore", "ignore", "inherit"] });
  await waitForServer();
  const serving = performance.now() - restartStart;
  const firstPage = performance.now();
  await (await fetch(`${BASE}/postmortems`)).arrayBuffer();
  const indexed = performance.now() - firstPage;
  stop();

  let url = process.env.DATABASE_URL;
  const copy = path.join(root, "data", `bench-${STORIES}-writes.db`);
  if (args.database !== "postgres") {
    const source = new Database(file);
    await source.backup(copy);
    source.close();
    url = `file:./data/${path.basename(copy)}`;
  }
  try {
    const result = spawnSync(path.join(root, "node_modules", ".bin", "tsx"), ["scripts/bench/writes.ts"], {
      cwd: root,
      encoding: "utf8",
      env: { ...process.env, DATABASE_URL: url, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --conditions=react-server`.trim() },
    });
    // The whole error: a thrown error's last line is often only its closing brace.
    if (result.status !== 0) throw new Error(`scripts/bench/writes.ts failed:\n${result.stderr.trim().split("\n").slice(-30).join("\n")}`);
    const w = JSON.parse(result.stdout.trim().split("\n").pop());
    console.log(
      `\nWrites. npm start with the content unchanged, until it answers its first request (the tags API, which builds the catalogue index): ${(serving / 1000).toFixed(1)} s; ` +
        `then the first browse page: ${(indexed / 1000).toFixed(1)} s.\n` +
        `Autosave of one field (data layer, ${w.autosave.n} saves): p50 ${fmt(w.autosave.p50)} ms, max ${fmt(w.autosave.max)} ms. ` +
        `A new tag linked to ${w.link.stories} stories in one statement: ${fmt(w.link.ms)} ms; renaming it (slug and name): ${fmt(w.rename.ms)} ms.`,
    );
  } finally {
    for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(copy + suffix, { force: true });
  }
}
