// Types for sqlite-bm25.mjs, plain JavaScript because the ranking threads load it from disk.
import type { Database } from "better-sqlite3";

export const BM25_EXTENSION: string;
export function atlasBm25(version?: string): string;
export const ATLAS_BM25: string;
export const FTS5_BM25: string;
export function loadBm25Extension(db: Database): boolean;
export function bm25For(db: Database): string;
