import type { Metadata } from "next";
import Link from "next/link";
import { permanentRedirect } from "next/navigation";
import { ActiveFilters } from "@/components/browse/active-filters";
import { FacetSidebar } from "@/components/browse/facet-sidebar";
import { ParamErrorNotice } from "@/components/browse/param-errors";
import { InsightCharts } from "@/components/insights/insight-charts";
import { getViewer } from "@/lib/auth/session";
import { getInsights } from "@/lib/data/insights";
import { resolveBrowseParams } from "@/lib/data/search";
import { getTaxonomy } from "@/lib/data/taxonomy";
import { browseQueryString, type RawParams } from "@/lib/validation/browse-params";

export const metadata: Metadata = { title: "Insights" };

type Props = { searchParams: Promise<RawParams> };

export default async function InsightsPage({ searchParams }: Props) {
  const { filters, errors, redirected } = await resolveBrowseParams(await searchParams);
  if (redirected) permanentRedirect(`/insights${browseQueryString(filters)}`);
  const viewer = await getViewer();
  const [insights, taxonomy] = await Promise.all([getInsights(filters, viewer), getTaxonomy()]);
  const query = browseQueryString({ ...filters, page: 1, sort: undefined });

  return (
    <div className="grid gap-6 md:grid-cols-[16rem_1fr] md:gap-8">
      <aside aria-label="Filters">
        <FacetSidebar filters={filters} counts={insights.counts} taxonomy={taxonomy} path="/insights" label="Filter insights" sortable={false} />
      </aside>
      <section aria-labelledby="insights-heading" className="min-w-0 space-y-4">
        <div className="space-y-2">
          <h1 id="insights-heading" className="text-2xl font-semibold">
            Insights
          </h1>
          <p className="text-sm muted">
            Patterns across {insights.total} {insights.total === 1 ? "postmortem" : "postmortems"}.{" "}
            <Link href={`/postmortems${query}`}>Read these stories</Link>
          </p>
          <ActiveFilters filters={filters} taxonomy={taxonomy} path="/insights" />
          <ParamErrorNotice errors={errors} />
        </div>
        {insights.total > 0 ? (
          <InsightCharts insights={insights} filters={filters} taxonomy={taxonomy} />
        ) : (
          <div className="card space-y-2 text-sm">
            <h2 className="text-base font-semibold">Nothing to chart</h2>
            <p>
              No postmortem matches every filter. Remove a filter above, or <Link href="/insights">see insights across all stories</Link>.
            </p>
          </div>
        )}
      </section>
    </div>
  );
}
