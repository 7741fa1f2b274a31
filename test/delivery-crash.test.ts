import { spawn, type ChildProcess } from "node:child_process";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTempDb } from "@/test/temp-db";

// kill -9 during delivery: the worker process dies while a webhook call is on the wire. Nothing may be lost (every
// delivery ends up acknowledged) and nothing sent twice (no delivery id is acknowledged twice; the one cut off is
// repeated with the same id, which is what lets a receiver drop a repeat).

const root = path.resolve(import.meta.dirname, "..");

describe("delivery worker killed with SIGKILL", () => {
  const temp = createTempDb();
  const acknowledged: string[] = [];
  const received: string[] = [];
  let holdFirst: () => void = () => {};
  const firstArrived = new Promise<void>((resolve) => (holdFirst = resolve));
  let held = false;
  const server = http.createServer((request, response) => {
    const key = String(request.headers["x-atlas-delivery"]);
    received.push(key);
    request.resume();
    request.on("end", () => {
      // The first call is never answered: the worker is killed while waiting for it.
      if (!held) {
        held = true;
        holdFirst();
        return;
      }
      acknowledged.push(key);
      response.end("ok");
    });
  });
  let child: ChildProcess | undefined;
  const startWorker = (url: string) => {
    child = spawn(process.execPath, ["--import", "tsx", "test/delivery-worker-child.ts"], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: url, DELIVERY_POLL_MS: "100", DELIVERY_LEASE_MS: "1500", DELIVERY_RETRY_MS: "200", NODE_ENV: "test" },
      stdio: "ignore",
    });
    return child;
  };

  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  });
  afterAll(async () => {
    child?.kill("SIGKILL");
    server.closeAllConnections();
    server.close();
    await temp.cleanup();
  });

  it("loses nothing and acknowledges nothing twice", async () => {
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
    const team = await temp.db.team.create({ data: { slug: "t", name: "T" } });
    const hook = await temp.db.webhook.create({ data: { teamId: team.id, url, secret: "whsec_crash" } });
    const keys = ["d1", "d2", "d3", "d4", "d5"];
    await temp.db.delivery.createMany({
      data: keys.map((key) => ({ key, channel: "webhook", webhookId: hook.id, event: "published", payload: `{"text":"${key}"}` })),
    });

    const first = startWorker(`file:${temp.file}`);
    await firstArrived;
    first.kill("SIGKILL");
    await new Promise((resolve) => first.once("exit", resolve));
    expect(received).toEqual(["d1"]);

    startWorker(`file:${temp.file}`);
    await expect.poll(async () => temp.db.delivery.count({ where: { status: "sent" } }), { timeout: 20_000, interval: 200 }).toBe(keys.length);
    expect([...acknowledged].sort()).toEqual(keys);
    expect(new Set(acknowledged).size).toBe(acknowledged.length);
    expect(received.filter((key) => key === "d1")).toHaveLength(2);
  });
});
