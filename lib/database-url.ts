import path from "node:path";

/** Resolves DATABASE_URL (default `file:./data/atlas.db`) to an absolute `file:` URL rooted at the project. */
export function databaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  const raw = env.DATABASE_URL?.trim() || "file:./data/atlas.db";
  const file = raw.replace(/^file:/, "");
  return `file:${path.resolve(/*turbopackIgnore: true*/ process.cwd(), file)}`;
}
