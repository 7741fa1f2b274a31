import type { NextRequest } from "next/server";
import { feedStories } from "@/lib/data/feeds";
import { resolveBrowseParams } from "@/lib/data/search";
import { atomFeed } from "@/lib/feeds/atom";
import { DURATION_LABELS } from "@/lib/insights/duration-buckets";
import { PHASE_LABELS } from "@/lib/timeline/time-to";
import { atomResponse, feedOrigin, invalidFeedParameters } from "@/lib/feeds/respond";
import { feedHref, searchParamsToRecord } from "@/lib/validation/browse-params";

/** The public Atom feed: the newest public stories, filtered with browse's parameters (`?category=dns&severity=production`). */
export async function GET(request: NextRequest) {
  const { filters, errors } = await resolveBrowseParams(searchParamsToRecord(request.nextUrl.searchParams));
  if (Object.keys(errors).length) return invalidFeedParameters(errors);
  const feedUrl = feedHref(filters);
  const origin = feedOrigin(request);
  const described = [
    filters.q && `“${filters.q}”`,
    ...filters.severity,
    ...filters.category,
    filters.tagMatch === "all" && filters.tag.length > 1 ? `all of ${filters.tag.join(" + ")}` : filters.tag.join(", "),
    ...filters.component,
    ...filters.platform,
    ...filters.year,
    ...filters.coverage,
    ...filters.duration.map((d) => `lasted ${DURATION_LABELS[d]}`),
    ...filters.measured.map((p) => `${PHASE_LABELS[p].toLowerCase()} measured`),
  ].filter(Boolean);
  const xml = atomFeed(
    {
      origin,
      title: described.length ? `Postmortem Atlas: ${described.join(", ")}` : "Postmortem Atlas",
      subtitle: "The newest Kubernetes postmortems in the atlas.",
      selfUrl: `${origin}${feedUrl}`,
      alternateUrl: `${origin}/postmortems${feedUrl.slice("/feed.xml".length)}`,
    },
    await feedStories(filters, null),
  );
  return atomResponse(request, xml, "public");
}
