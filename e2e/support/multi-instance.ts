import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import net from "node:net";
import path from "node:path";
import { postgres, sqlite, type E2eDatabase } from "./database";

// Two app instances of the same build on one database, behind a small round-robin HTTP proxy: the deployment shape
// of docs/deploy.md, started from the production build the Playwright web server made (scripts/serve.mjs, as
// `npm start` serves it). Each cluster gets a fresh database and runs the release step (migrate, content sync).

// Playwright runs from the project root (as fixtures.ts assumes for data/e2e.db).
const root = process.cwd();
const tsx = path.join(root, "node_modules", ".bin", "tsx");
const SECRET = "multi-instance-test-secret-shared-by-every-instance";

export type Served = { method: string; path: string; backend: number };

export type Proxy = {
  url: string;
  /** Every request the proxy forwarded, with the index of the instance that answered it. */
  served: Served[];
  /** Sends every request to one instance (0 = A, 1 = B), or back to round-robin with null. */
  pin(backend: number | null): void;
  close(): Promise<void>;
};

/** A load balancer in miniature: round-robin, keeps the Host header, appends the peer to X-Forwarded-For. */
export async function startProxy(backends: string[], port = 0): Promise<Proxy> {
  let turn = 0;
  let pinned: number | null = null;
  const served: Served[] = [];
  const agents = backends.map(() => new http.Agent({ keepAlive: true }));
  const server = http.createServer((request, response) => {
    const backend = pinned ?? turn++ % backends.length;
    served.push({ method: request.method ?? "GET", path: request.url ?? "/", backend });
    const target = new URL(backends[backend]!);
    const forwardedFor = [request.headers["x-forwarded-for"], request.socket.remoteAddress].filter(Boolean).join(", ");
    const upstream = http.request(
      {
        host: target.hostname,
        port: target.port,
        method: request.method,
        path: request.url,
        headers: { ...request.headers, "x-forwarded-for": forwardedFor },
        agent: agents[backend],
      },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
      },
    );
    upstream.on("error", () => {
      if (!response.headersSent) response.writeHead(502);
      response.end();
    });
    request.pipe(upstream);
  });
  const listening = await listen(server, port);
  return {
    url: `http://127.0.0.1:${listening}`,
    served,
    pin: (backend) => void (pinned = backend),
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      for (const agent of agents) agent.destroy();
    },
  };
}

function listen(server: http.Server | net.Server, port = 0): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve((server.address() as net.AddressInfo).port));
  });
}

async function freePort() {
  const probe = net.createServer();
  const port = await listen(probe);
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

export type CommandResult = { code: number | null; stdout: string; stderr: string };

/** Runs a project script (tsx) against the cluster's database. */
export function runScript(script: string, databaseUrl: string): Promise<CommandResult> {
  return new Promise((resolve) => {
    const child = spawn(tsx, [script], { cwd: root, env: { ...process.env, DATABASE_URL: databaseUrl } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

export type Instance = { url: string; process: ChildProcess; output: () => string };

async function startInstance(env: Record<string, string>): Promise<Instance> {
  const port = await freePort();
  const child = spawn("node", ["scripts/serve.mjs"], {
    cwd: root,
    env: {
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? "",
      NEXT_TELEMETRY_DISABLED: "1",
      NODE_ENV: "production",
      PORT: String(port),
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`instance on port ${port} exited (${child.exitCode}):\n${output}`);
    const healthy = await fetch(`${url}/api/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (healthy) return { url, process: child, output: () => output };
    if (Date.now() > deadline) throw new Error(`instance on port ${port} did not become healthy:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

function stopInstance(instance: Instance): Promise<void> {
  if (instance.process.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    instance.process.once("exit", () => resolve());
    instance.process.kill("SIGTERM");
  });
}

/** The cluster's own fresh database, read directly by the specs (assertions only; the app writes through its code). */
export type ClusterDatabase = { url: string; db: E2eDatabase; drop(): Promise<void> };

export type Provider = "sqlite" | "postgresql";

function sqliteDatabase(): ClusterDatabase {
  const dir = path.join(root, "e2e", ".tmp");
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `multi-instance-${process.pid}-${Date.now().toString(36)}.db`);
  return {
    url: `file:${file}`,
    db: sqlite(file),
    async drop() {
      await this.db.close();
      for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
    },
  };
}

/** A throwaway PostgreSQL cluster of its own (scripts/lib/postgres-cluster.mjs), stopped with the cluster. */
async function postgresDatabase(): Promise<ClusterDatabase> {
  // A dynamic import: the helper is an ES module and Playwright loads specs as CommonJS.
  const { startPostgresCluster } = await import("../../scripts/lib/postgres-cluster.mjs");
  const server = await startPostgresCluster();
  const maintenance = postgres(server.url());
  await maintenance.run("CREATE DATABASE atlas");
  await maintenance.close();
  const url = server.url("atlas");
  const db = postgres(url);
  return {
    url,
    db,
    async drop() {
      await db.close();
      server.stop();
    },
  };
}

export type Cluster = { proxy: Proxy; instances: Instance[]; database: ClusterDatabase; stop(): Promise<void> };

/** A fresh database, the release step, two instances and the proxy in front of them. */
export async function startCluster(provider: Provider): Promise<Cluster> {
  const database = provider === "postgresql" ? await postgresDatabase() : sqliteDatabase();
  for (const script of ["scripts/migrate.ts", "scripts/sync-content.ts"]) {
    const result = await runScript(script, database.url);
    if (result.code !== 0) throw new Error(`${script} failed:\n${result.stdout}\n${result.stderr}`);
  }
  // The proxy's address is the public URL of every instance, so it must exist before they start.
  const proxyPort = await freePort();
  const publicUrl = `http://127.0.0.1:${proxyPort}`;
  const env = {
    DATABASE_URL: database.url,
    NEXTAUTH_URL: publicUrl,
    NEXTAUTH_SECRET: SECRET,
    // The test client stands for an outer proxy (it sets X-Forwarded-For per test) in front of this one, so that
    // per-address rate limits count one test's requests: two trusted hops.
    TRUST_PROXY: "2",
    LOG_FORMAT: "json",
  };
  const instances = await Promise.all([startInstance(env), startInstance(env)]);
  const proxy = await startProxy(
    instances.map((instance) => instance.url),
    proxyPort,
  );
  return {
    proxy,
    instances,
    database,
    async stop() {
      await proxy.close();
      await Promise.all(instances.map(stopInstance));
      await database.drop();
    },
  };
}
