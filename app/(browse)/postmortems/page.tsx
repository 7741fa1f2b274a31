import type { Metadata } from "next";
import Link from "next/link";
import { permanentRedirect, redirect } from "next/navigation";
import { ActiveFilters } from "@/components/browse/active-filters";
import { FacetSidebar } from "@/components/browse/facet-sidebar";
import { Pagination } from "@/components/browse/pagination";
import { ParamErrorNotice } from "@/components/browse/param-errors";
import { ResultCount } from "@/components/browse/result-count";
import { SearchHelp } from "@/components/browse/search-help";
import { PostmortemList } from "@/components/postmortems/postmortem-card";
import { RememberResults } from "@/components/postmortems/back-to-results";
import { getSearchHelp, resolveBrowseParams, startSearch } from "@/lib/data/search";
import type { PostmortemCard } from "@/lib/data/cards";
import { getTaxonomy } from "@/lib/data/taxonomy";
import { searchTechniques } from "@/lib/data/techniques";
import { TechniqueResults } from "@/components/techniques/technique-results";
import { browseQueryString, feedAlternate, feedHref, type RawParams } from "@/lib/validation/browse-params";
import { getViewer } from "@/lib/auth/session";

type Props = { searchParams: Promise<RawParams> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const raw = await searchParams;
  const q = raw.q;
  return {
    title: typeof q === "string" && q.trim() ? `Search: ${q.trim().slice(0, 60)}` : "Postmortems",
    // The feed of exactly this view (invalid or unknown values are left out, as the list leaves them out).
    alternates: feedAlternate((await resolveBrowseParams(raw)).filters),
  };
}

export default async function PostmortemsPage({ searchParams }: Props) {
  const { filters, errors, redirected } = await resolveBrowseParams(await searchParams);
  if (redirected) permanentRedirect(`/postmortems${browseQueryString(filters)}`);
  const viewer = await getViewer();
  // Techniques are few: a separate, bounded lookup on the first page of a text search. The results themselves
  // (result.items) may still be ranked while the rest of the page renders.
  const [result, taxonomy, techniques] = await Promise.all([
    startSearch(filters, viewer),
    getTaxonomy(),
    filters.q && filters.page === 1 ? searchTechniques(filters.q) : [],
  ]);
  const pages = Math.max(1, Math.ceil(result.total / filters.pageSize));
  // A page past the end (an old link, a hand-edited URL) goes to the last page rather than showing nothing.
  if (filters.page > pages) redirect(`/postmortems${browseQueryString({ ...filters, page: pages })}`);
  const help = result.total === 0 && filters.q && !result.emptyQuery ? await getSearchHelp(filters.q, viewer) : null;
  const from = (filters.page - 1) * filters.pageSize + 1;
  const to = Math.min(result.total, from + filters.pageSize - 1);

  return (
    <div className="grid gap-6 md:grid-cols-[16rem_1fr] md:gap-8">
      <a href="#results-count" className="skip-link">
        Skip to results
      </a>
      <aside aria-label="Filters">
        <FacetSidebar filters={filters} counts={result.counts} taxonomy={taxonomy} />
      </aside>
      <section aria-labelledby="results-heading" className="min-w-0 space-y-4">
        <div className="space-y-2">
          <h1 id="results-heading" className="text-2xl font-semibold">
            Postmortems
          </h1>
          <ResultCount id="results-count" focus={Boolean(filters.q)} className="text-sm muted">
            {result.total === 0 ? "No postmortems match." : `Showing ${from}–${to} of ${result.total} postmortem${result.total === 1 ? "" : "s"}`}
          </ResultCount>
          <ActiveFilters filters={filters} taxonomy={taxonomy} />
          <ParamErrorNotice errors={errors} />
        </div>
        {/* The results come straight after the count and the filter chips, so the keyboard reaches them first. */}
        <Results items={result.items} emptyQuery={result.emptyQuery} />
        {help && <SearchHelp help={help} />}
        <Pagination filters={filters} total={result.total} />
        <TechniqueResults techniques={techniques} />
        <RememberResults />
        <p className="flex flex-wrap gap-x-4 text-sm">
          {result.total > 0 && (
            <Link href={`/insights${browseQueryString({ ...filters, page: 1, sort: undefined })}`}>Insights: charts of these stories</Link>
          )}
          <a href={feedHref(filters)} type="application/atom+xml">
            Atom feed of these results
          </a>
        </p>
      </section>
    </div>
  );
}

async function Results({ items, emptyQuery }: { items: Promise<PostmortemCard[]>; emptyQuery: boolean }) {
  const list = await items;
  return list.length > 0 ? <PostmortemList items={list} headingLevel={2} /> : <EmptyState emptyQuery={emptyQuery} />;
}

function EmptyState({ emptyQuery }: { emptyQuery: boolean }) {
  return (
    <div className="card space-y-2 text-sm">
      <h2 className="text-base font-semibold">Nothing to show here</h2>
      {emptyQuery ? (
        <p>Your search has no words to look for — only punctuation or operators. Try a word such as “webhook” or “calico”.</p>
      ) : (
        <p>
          No postmortem matches every filter. Remove a filter above, search for a broader word, or use a prefix such as <code>upgrad*</code>.
        </p>
      )}
      <p>
        <Link href="/postmortems">Browse all postmortems</Link> · <Link href="/categories">Study by category</Link>
      </p>
    </div>
  );
}
