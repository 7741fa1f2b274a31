import "server-only";
import { cache } from "react";
import { databaseUrl } from "@/lib/database-url";
import { sql, type CacheGenerations } from "@/lib/data/sql/dialect";

/** The cache generations, read once per request however many memos ask. */
const generations = cache(() => sql().cacheGenerations());

/**
 * A value loaded from the database once and shared by every request until a cache generation moves (triggers bump
 * them on every write to the tables behind it, whichever process or instance wrote). Each request pays one read
 * of the generations, shared by every memo. The generation is read before the tables: a write during the load
 * leaves a stale key, never a stale value. Treat the value as read-only.
 */
export function generationMemo<T>(name: string, generation: keyof CacheGenerations, load: () => Promise<T>): () => Promise<T> {
  const shared = globalThis as unknown as Record<string, { key: string; value: Promise<T> } | undefined>;
  const slot = `atlasMemo:${name}`;
  return cache(async () => {
    const key = `${databaseUrl()}#${(await generations())[generation]}`;
    const held = shared[slot];
    if (held?.key === key) return held.value;
    const value = load();
    shared[slot] = { key, value };
    value.catch(() => {
      if (shared[slot]?.value === value) shared[slot] = undefined;
    });
    return value;
  });
}
