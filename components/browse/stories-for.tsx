import Link from "next/link";
import { PostmortemList } from "@/components/postmortems/postmortem-card";
import { searchPostmortems } from "@/lib/data/search";
import { browseQueryString, MAX_PAGE_SIZE, parseBrowseParams, type RawParams } from "@/lib/validation/browse-params";
import { getViewer } from "@/lib/auth/session";

/** The stories matching one facet value, newest first, with a link to the same view in browse. */
export async function StoriesFor({ params, noun }: { params: RawParams; noun: string }) {
  const { filters } = parseBrowseParams({ ...params, pageSize: String(MAX_PAGE_SIZE) });
  const result = await searchPostmortems(filters, await getViewer());
  return (
    <section aria-labelledby="stories" className="space-y-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="stories" className="section-title">
          {result.total} {result.total === 1 ? "story" : "stories"}
        </h2>
        {result.total > 0 && <Link href={`/postmortems${browseQueryString({ ...filters, pageSize: undefined })}`}>Filter further in browse →</Link>}
      </div>
      {result.items.length > 0 ? (
        <PostmortemList items={result.items} />
      ) : (
        <p className="card text-sm muted">
          No story in the atlas has this {noun} yet. <Link href="/postmortems">Browse all postmortems</Link>.
        </p>
      )}
    </section>
  );
}
