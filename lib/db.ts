import "server-only";
import { createPrismaClient, type Db } from "@/lib/db-client";

// One client per process; reuse it across hot reloads in development.
const cache = globalThis as unknown as { atlasPrisma?: Db };

export const db = cache.atlasPrisma ?? createPrismaClient();
if (process.env.NODE_ENV !== "production") cache.atlasPrisma = db;
