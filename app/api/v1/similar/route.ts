import type { NextRequest } from "next/server";
import { apiRoute } from "@/lib/api/api-route";
import { badRequest, json } from "@/lib/api/respond";
import { similarStories } from "@/lib/data/similar";
import { paramErrors } from "@/lib/validation/param-errors";
import { searchParamsToRecord } from "@/lib/validation/browse-params";
import { similarDraft, toSimilarDraft } from "@/lib/validation/similar";

/** Public stories like a draft (`title`, `summary`, `rootCause`, repeated `tag` and `component`, `exclude`), with why. */
async function similar(request: NextRequest) {
  const parsed = similarDraft.safeParse(searchParamsToRecord(request.nextUrl.searchParams));
  if (!parsed.success) return badRequest(paramErrors(parsed.error));
  return json({ items: await similarStories(toSimilarDraft(parsed.data)) });
}

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = apiRoute({ GET: similar });
