import type { NextRequest } from "next/server";
import { apiRoute } from "@/lib/api/api-route";
import { badRequest, json } from "@/lib/api/respond";
import { viewerFromRequest } from "@/lib/auth/session";
import { listActionItems } from "@/lib/data/action-items";
import { actionItemFilters } from "@/lib/validation/action-items";
import { paramErrors } from "@/lib/validation/param-errors";
import { searchParamsToRecord } from "@/lib/validation/browse-params";

/** The backlog of the caller's teams: `owner`, `status`, `type`, `overdue`, `team`, `postmortem`, `page`, `pageSize`. */
async function list(request: NextRequest) {
  const viewer = await viewerFromRequest(request);
  if (!viewer) return json({ error: "unauthenticated", message: "Sign in or send a token to read your backlog." }, 401);
  const parsed = actionItemFilters.safeParse(searchParamsToRecord(request.nextUrl.searchParams));
  if (!parsed.success) return badRequest(paramErrors(parsed.error));
  const { items, ...page } = await listActionItems(viewer, parsed.data);
  return json({ items: items.map(({ rights, ...item }) => ({ ...item, canChange: rights.change, canReassign: rights.reassign })), ...page });
}

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = apiRoute({ GET: list });
