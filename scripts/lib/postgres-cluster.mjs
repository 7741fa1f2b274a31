// A throwaway PostgreSQL cluster for the tests: initdb into a temporary folder, listening on 127.0.0.1 on a free
// port with its socket inside that folder, trust authentication, durability off (nothing in it is kept).
// PostgreSQL refuses to run as root: then initdb and pg_ctl run as the `postgres` system user (runuser).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

/** The folder holding initdb and pg_ctl: PG_BIN, else the newest Debian install, else pg_config's answer. */
export function postgresBinDir() {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const debian = "/usr/lib/postgresql";
  const versions = fs.existsSync(debian) ? fs.readdirSync(debian).filter((v) => fs.existsSync(path.join(debian, v, "bin", "initdb"))) : [];
  if (versions.length > 0) return path.join(debian, versions.sort((a, b) => Number(b) - Number(a))[0], "bin");
  const pgConfig = spawnSync("pg_config", ["--bindir"], { encoding: "utf8" });
  return pgConfig.status === 0 && fs.existsSync(path.join(pgConfig.stdout.trim(), "initdb")) ? pgConfig.stdout.trim() : null;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts a cluster; returns its base URL (append a database name), a URL factory and stop(). Throws when it cannot. */
export async function startPostgresCluster() {
  const bin = postgresBinDir();
  if (!bin) throw new Error("PostgreSQL server binaries not found (apt-get install -y postgresql, or set PG_BIN)");
  const asRoot = process.getuid?.() === 0;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "atlas-pg-"));
  const data = path.join(dir, "data");
  if (asRoot) spawnSync("chown", ["postgres:", dir]);
  const exec = (tool, args) => {
    const command = asRoot ? "runuser" : path.join(bin, tool);
    const argv = asRoot ? ["-u", "postgres", "--", path.join(bin, tool), ...args] : args;
    const result = spawnSync(command, argv, { encoding: "utf8" });
    if (result.status !== 0) throw new Error(`${tool} failed: ${(result.stderr || result.stdout || String(result.error)).trim().split("\n").pop()}`);
  };
  const port = await freePort();
  try {
    exec("initdb", ["-D", data, "-U", "atlas", "--auth=trust", "-E", "UTF8", "--no-locale", "--no-sync"]);
    // shared_buffers and random_page_cost as docs/deploy.md recommends for search at scale ("PostgreSQL settings").
    const options = `-c listen_addresses=127.0.0.1 -p ${port} -c unix_socket_directories=${dir} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200 -c shared_buffers=256MB -c random_page_cost=1.1`;
    exec("pg_ctl", ["-D", data, "-l", path.join(dir, "server.log"), "-o", options, "-w", "-t", "60", "start"]);
  } catch (error) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  const base = `postgresql://atlas@127.0.0.1:${port}`;
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    try {
      exec("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  };
  process.once("exit", stop);
  return { base, port, url: (database = "postgres") => `${base}/${database}`, stop };
}
