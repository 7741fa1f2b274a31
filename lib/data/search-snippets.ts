import "server-only";
import { sharedPositionCache } from "@/lib/data/position-cache";
import { sql } from "@/lib/data/sql/dialect";
import type { SearchQuery } from "@/lib/search/fts-query";

// The snippets of the rows a results page shows, kept per query and row for as long as the catalogue's change log
// has not moved (a change to any text a snippet is cut from moves it). Paging back, another sort, a second reader
// of the same search and the API ask the search engine only for rows they have not seen: building 20 snippets costs
// the request's own thread ~1–2.5 ms at 100k stories on SQLite (FTS5 reads each row's text), ~1.5 ms on PostgreSQL.
// Up to 4,000, by query and row.
const snippets = sharedPositionCache<string>("snippets", 4000);

/** Snippets for `ids` (as SqlDialect.ftsSnippets gives them) at the catalogue's position `seq`. */
export async function pageSnippets(query: SearchQuery, ids: number[], seq: number): Promise<Map<number, string>> {
  const words = JSON.stringify(query);
  const key = (id: number) => `${words}#${id}`;
  const found = new Map<number, string>();
  const missing: number[] = [];
  for (const id of ids) {
    const snippet = snippets.get(seq, key(id));
    if (snippet === undefined) missing.push(id);
    else found.set(id, snippet);
  }
  if (missing.length === 0) return found;
  for (const [id, snippet] of await sql().ftsSnippets(query, missing)) {
    found.set(id, snippet);
    snippets.set(seq, key(id), snippet);
  }
  return found;
}
