import type { NextRequest } from "next/server";
import { suggestMutation } from "@/lib/actions/suggestions";
import { apiRoute } from "@/lib/api/api-route";
import { json } from "@/lib/api/respond";
import { writeRoute } from "@/lib/api/write-route";
import { viewerFromRequest } from "@/lib/auth/session";
import { mySuggestions } from "@/lib/data/suggestions";
import { isoDate } from "@/lib/format";
import { suggestionListParams } from "@/lib/validation/suggestion";

/** The caller's own suggestions and their outcome, newest first, a page at a time. */
async function list(request: NextRequest) {
  const viewer = await viewerFromRequest(request);
  if (!viewer) return json({ error: "unauthenticated", message: "Sign in to see your suggestions." }, 401);
  const { page } = suggestionListParams.parse(Object.fromEntries(request.nextUrl.searchParams));
  const { total, rows } = await mySuggestions(viewer, page);
  return json({
    items: rows.map((s) => ({
      id: s.id,
      url: s.url,
      title: s.title,
      organization: s.organization,
      year: s.year,
      why: s.why,
      status: s.status,
      declineReason: s.declineReason,
      postmortem: s.postmortem ? `/postmortems/${s.postmortem.slug}` : null,
      suggestedAt: isoDate(s.createdAt),
    })),
    total,
    page,
  });
}

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = apiRoute({
  GET: list,
  POST: writeRoute(suggestMutation, { body: true, successStatus: 201 }),
});
