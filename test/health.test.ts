import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db-client";
import { checkHealth } from "@/lib/data/health";
import { migrateSqlite } from "@/lib/migrations/sqlite";

describe("checkHealth", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "atlas-health-"));
  const clients: ReturnType<typeof createPrismaClient>[] = [];
  const client = (file: string) => {
    const db = createPrismaClient(`file:${file}`);
    clients.push(db);
    return db;
  };
  afterAll(async () => {
    await Promise.all(clients.map((db) => db.$disconnect()));
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("is ok when the database answers and every shipped migration is applied", async () => {
    const file = path.join(dir, "migrated.db");
    migrateSqlite(file);
    expect(await checkHealth(client(file))).toEqual({ status: "ok", database: "ok", migrations: "ok" });
  });

  it("reports pending migrations, on an empty database and when one is missing", async () => {
    expect(await checkHealth(client(path.join(dir, "empty.db")))).toEqual({ status: "unavailable", database: "ok", migrations: "pending" });
    const file = path.join(dir, "behind.db");
    migrateSqlite(file);
    const db = client(file);
    await db.$executeRaw`DELETE FROM "_prisma_migrations" WHERE migration_name = (SELECT max(migration_name) FROM "_prisma_migrations")`;
    expect(await checkHealth(db)).toEqual({ status: "unavailable", database: "ok", migrations: "pending" });
  });

  it("reports an unreachable database without details", async () => {
    const health = await checkHealth(client(path.join(dir, "no-such-folder", "atlas.db")));
    expect(health).toEqual({ status: "unavailable", database: "unreachable", migrations: "unknown" });
  });
});
