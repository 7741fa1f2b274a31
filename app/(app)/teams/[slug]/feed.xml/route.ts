import type { NextRequest } from "next/server";
import { teamForFeedToken } from "@/lib/data/feed-tokens";
import { feedStories } from "@/lib/data/feeds";
import { resolveBrowseParams } from "@/lib/data/search";
import { atomFeed } from "@/lib/feeds/atom";
import { atomResponse, feedError, feedOrigin, invalidFeedParameters } from "@/lib/feeds/respond";
import { searchParamsToRecord } from "@/lib/validation/browse-params";

/**
 * A team's private feed: its published postmortems, team-only ones included, opened by a member's feed token
 * (`?token=…`, made on the team page) instead of a session. Any token that does not open this team answers 404,
 * exactly like a team that does not exist.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const raw = searchParamsToRecord(request.nextUrl.searchParams);
  const token = [raw.token ?? []].flat()[0] ?? "";
  const team = await teamForFeedToken(token, slug);
  if (!team) return feedError(404, "Not found.");
  const { filters, errors } = await resolveBrowseParams({ ...raw, token: undefined });
  if (Object.keys(errors).length) return invalidFeedParameters(errors);
  const origin = feedOrigin(request);
  const xml = atomFeed(
    {
      origin,
      title: `${team.name} · Postmortem Atlas`,
      subtitle: `Published postmortems of ${team.name}, team-only ones included.`,
      // The token stays out of the document: a feed's id and self link are often shown or shared.
      selfUrl: `${origin}/teams/${team.slug}/feed.xml`,
      alternateUrl: `${origin}/teams/${team.slug}`,
    },
    await feedStories(filters, team.id),
  );
  return atomResponse(request, xml, "private");
}
