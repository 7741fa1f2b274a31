import type { NextRequest } from "next/server";
import { createPostmortem } from "@/lib/actions/postmortems";
import { apiRoute } from "@/lib/api/api-route";
import { badRequest, json } from "@/lib/api/respond";
import { postmortemListItem } from "@/lib/api/serialize";
import { writeRoute } from "@/lib/api/write-route";
import { resolveBrowseParams, searchPostmortems } from "@/lib/data/search";
import { searchParamsToRecord } from "@/lib/validation/browse-params";
import { viewerFromRequest } from "@/lib/auth/session";

async function list(request: NextRequest) {
  const { filters, errors } = await resolveBrowseParams(searchParamsToRecord(request.nextUrl.searchParams));
  if (Object.keys(errors).length) return badRequest(errors);
  const result = await searchPostmortems(filters, await viewerFromRequest(request));
  return json({ items: result.items.map(postmortemListItem), total: result.total, page: result.page, pageSize: result.pageSize });
}

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = apiRoute({
  GET: list,
  POST: writeRoute(createPostmortem, { body: true, successStatus: 201 }),
});
