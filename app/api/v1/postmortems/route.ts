import type { NextRequest } from "next/server";
import { createPostmortem } from "@/lib/actions/postmortems";
import { badRequest, fromResult, json, readJson } from "@/lib/api/respond";
import { apiWriter } from "@/lib/api/writer";
import { postmortemListItem } from "@/lib/api/serialize";
import { resolveBrowseParams, searchPostmortems } from "@/lib/data/search";
import { searchParamsToRecord } from "@/lib/validation/browse-params";
import { viewerFromRequest } from "@/lib/auth/session";

export async function GET(request: NextRequest) {
  const { filters, errors } = await resolveBrowseParams(searchParamsToRecord(request.nextUrl.searchParams));
  if (Object.keys(errors).length) return badRequest(errors);
  const result = await searchPostmortems(filters, await viewerFromRequest(request));
  return json({ items: result.items.map(postmortemListItem), total: result.total, page: result.page, pageSize: result.pageSize });
}

export async function POST(request: NextRequest) {
  const writer = await apiWriter(request);
  if (!writer.ok) return writer.response;
  const body = await readJson(request);
  if (!body.ok) return body.response;
  return fromResult(await createPostmortem(writer.viewer, body.value), 201);
}
