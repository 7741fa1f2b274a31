// Types for sqlite-ranker.mjs, which stays plain JavaScript because its helper thread loads it from disk.
import type { Statement } from "better-sqlite3";

export type Ranker = {
  top(sql: string, params: unknown[], last: number, limit: number): Promise<[number, number][]>;
  close(): void;
};
export function createRanker(file: string, prepared: (sql: string) => Statement, options?: { splitFrom?: number }): Ranker;
