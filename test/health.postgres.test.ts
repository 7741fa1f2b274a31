import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db-client";
import { checkHealth } from "@/lib/data/health";
import { createTempDatabase, type TempDatabase } from "@/test/temp-db";

describe("checkHealth (postgresql)", () => {
  let temp: TempDatabase;
  beforeAll(async () => {
    temp = await createTempDatabase("postgresql");
  });
  afterAll(() => temp.cleanup());

  it("is ok when every PostgreSQL migration is applied, and reports a missing one as pending", async () => {
    expect(await checkHealth(temp.db)).toEqual({ status: "ok", database: "ok", migrations: "ok" });
    await temp.raw.exec(`DELETE FROM "_prisma_migrations" WHERE migration_name = (SELECT max(migration_name) FROM "_prisma_migrations")`);
    expect(await checkHealth(temp.db)).toEqual({ status: "unavailable", database: "ok", migrations: "pending" });
  });

  it("reports a server that does not answer as unreachable", async () => {
    const db = createPrismaClient("postgresql://atlas@127.0.0.1:1/atlas");
    expect(await checkHealth(db)).toEqual({ status: "unavailable", database: "unreachable", migrations: "unknown" });
    await db.$disconnect();
  });
});
