import type { Metadata } from "next";
import Link from "next/link";
import { permanentRedirect } from "next/navigation";
import { ActiveFilters } from "@/components/browse/active-filters";
import { FacetSidebar } from "@/components/browse/facet-sidebar";
import { Pagination } from "@/components/browse/pagination";
import { ParamErrorNotice } from "@/components/browse/param-errors";
import { PostmortemList } from "@/components/postmortems/postmortem-card";
import { resolveBrowseParams, searchPostmortems } from "@/lib/data/search";
import { getTaxonomy } from "@/lib/data/taxonomy";
import { browseQueryString, type RawParams } from "@/lib/validation/browse-params";
import { getViewer } from "@/lib/auth/session";

type Props = { searchParams: Promise<RawParams> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const q = (await searchParams).q;
  return { title: typeof q === "string" && q.trim() ? `Search: ${q.trim().slice(0, 60)}` : "Postmortems" };
}

export default async function PostmortemsPage({ searchParams }: Props) {
  const { filters, errors, redirected } = await resolveBrowseParams(await searchParams);
  if (redirected) permanentRedirect(`/postmortems${browseQueryString(filters)}`);
  const [result, taxonomy] = await Promise.all([searchPostmortems(filters, await getViewer()), getTaxonomy()]);
  const pages = Math.max(1, Math.ceil(result.total / filters.pageSize));
  const from = (filters.page - 1) * filters.pageSize + 1;

  return (
    <div className="grid gap-8 md:grid-cols-[16rem_1fr]">
      <aside>
        <FacetSidebar filters={filters} counts={result.counts} taxonomy={taxonomy} />
      </aside>
      <section aria-labelledby="results-heading" className="min-w-0 space-y-4">
        <div className="space-y-2">
          <h1 id="results-heading" className="text-2xl font-semibold">
            Postmortems
          </h1>
          <p className="text-sm muted" role="status">
            {result.total === 0
              ? "No postmortems match."
              : result.items.length === 0
                ? `${result.total} postmortem${result.total === 1 ? "" : "s"} match, but page ${filters.page} is past the last page (${pages}).`
                : `Showing ${from}–${from + result.items.length - 1} of ${result.total} postmortem${result.total === 1 ? "" : "s"}`}
          </p>
          <ActiveFilters filters={filters} taxonomy={taxonomy} />
          <ParamErrorNotice errors={errors} />
        </div>
        {result.items.length > 0 ? (
          <PostmortemList items={result.items} headingLevel={2} />
        ) : (
          <EmptyState emptyQuery={result.emptyQuery} filtered={result.total === 0} />
        )}
        <Pagination filters={filters} total={result.total} />
      </section>
    </div>
  );
}

function EmptyState({ emptyQuery, filtered }: { emptyQuery: boolean; filtered: boolean }) {
  return (
    <div className="card space-y-2 text-sm">
      <h2 className="text-base font-semibold">Nothing to show here</h2>
      {emptyQuery ? (
        <p>Your search has no words to look for — only punctuation or operators. Try a word such as “webhook” or “calico”.</p>
      ) : filtered ? (
        <p>
          No postmortem matches every filter. Remove a filter above, search for a broader word, or use a prefix such as <code>upgrad*</code>.
        </p>
      ) : (
        <p>This page is past the end of the results.</p>
      )}
      <p>
        <Link href="/postmortems">Browse all postmortems</Link> · <Link href="/categories">Study by category</Link>
      </p>
    </div>
  );
}
