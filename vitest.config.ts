import os from "node:os";
import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // `server-only` throws outside React Server Components; unit tests call server modules directly.
      "server-only": path.resolve(import.meta.dirname, "test/server-only-stub.ts"),
    },
  },
  test: {
    include: ["lib/**/*.test.ts", "test/**/*.test.ts"],
    environment: "node",
    // The webhook receivers the tests start listen on 127.0.0.1, which webhooks may not call unless allowed.
    env: { WEBHOOK_ALLOW_HOSTS: "127.0.0.1" },
    // Data-layer tests run against SQLite and against PostgreSQL in a throwaway cluster started here.
    globalSetup: ["test/postgres-setup.ts"],
    testTimeout: 30_000,
    // Vitest's default leaves one core idle (2 cores → 1 worker); most files wait on SQLite or PostgreSQL I/O, so
    // one worker per core halves the wall time on CI's 2-core machine.
    maxWorkers: os.availableParallelism(),
    // Syncing content compiles MDX; on a busy 2-core machine that alone can take longer than the default 10 s.
    hookTimeout: 60_000,
  },
});
