import path from "node:path";

export type DatabaseProvider = "sqlite" | "postgresql";

/** `postgres://` or `postgresql://` selects PostgreSQL; anything else is a SQLite `file:` URL. */
export const isPostgresUrl = (url: string) => /^postgres(ql)?:\/\//i.test(url);

/**
 * Resolves DATABASE_URL (default `file:./data/atlas.db`): a SQLite URL becomes an absolute `file:` URL rooted at
 * the project; a PostgreSQL URL is returned as it is.
 */
export function databaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  const raw = env.DATABASE_URL?.trim() || "file:./data/atlas.db";
  if (isPostgresUrl(raw)) return raw;
  const file = raw.replace(/^file:/, "");
  return `file:${path.resolve(/*turbopackIgnore: true*/ process.cwd(), file)}`;
}

export const databaseProvider = (url = databaseUrl()): DatabaseProvider => (isPostgresUrl(url) ? "postgresql" : "sqlite");
