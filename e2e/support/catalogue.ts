import type { APIRequestContext } from "@playwright/test";

// Reading specs must not depend on how many stories ship (retold stories and k8s.af entries keep arriving), so
// expected totals come from the API, which the API specs check against story-level facts.

type ListBody = { items: { slug: string; title: string; [key: string]: unknown }[]; total: number };

export async function catalogue(request: APIRequestContext, query = ""): Promise<ListBody> {
  const response = await request.get(`/api/v1/postmortems${query ? `?${query}` : ""}`);
  if (!response.ok()) throw new Error(`GET /api/v1/postmortems?${query}: ${response.status()}`);
  return (await response.json()) as ListBody;
}

export const totalOf = async (request: APIRequestContext, query = "") => (await catalogue(request, query)).total;

/** The browse page's result status for a page of `pageSize` starting at item `start`. */
export function showing(total: number, start = 1, pageSize = 20) {
  if (total === 0) return "No postmortems match.";
  return `Showing ${start}–${Math.min(total, start + pageSize - 1)} of ${total} postmortem${total === 1 ? "" : "s"}`;
}
