import type { NextRequest } from "next/server";
import { badRequest, json } from "@/lib/api/respond";
import { postmortemListItem } from "@/lib/api/serialize";
import { resolveBrowseParams, searchPostmortems } from "@/lib/data/search";
import { searchParamsToRecord } from "@/lib/validation/browse-params";

export async function GET(request: NextRequest) {
  const { filters, errors } = await resolveBrowseParams(searchParamsToRecord(request.nextUrl.searchParams));
  if (Object.keys(errors).length) return badRequest(errors);
  const result = await searchPostmortems(filters);
  return json({ items: result.items.map(postmortemListItem), total: result.total, page: result.page, pageSize: result.pageSize });
}
