import { SlidersHorizontal } from "lucide";
import { Icon } from "@/components/icon";
import Link from "next/link";
import { AutoSubmit } from "@/components/browse/auto-submit";
import { FacetGroup, type FacetOption } from "@/components/browse/facet-group";
import { Disclosure } from "@/components/layout/disclosure";
import { SeverityIcon, severityShortLabel } from "@/components/postmortems/severity-badge";
import type { Taxonomy } from "@/lib/data/taxonomy";
import { DURATION_BUCKETS } from "@/lib/insights/duration-buckets";
import { FACET_KEYS, type FacetCounts } from "@/lib/search/facets";
import { PHASE_LABELS, PHASES } from "@/lib/timeline/time-to";
import { browseQueryString, DEFAULT_PAGE_SIZE, SORTS, type BrowseFilters } from "@/lib/validation/browse-params";
import { COVERAGE_LABELS, COVERAGES, PLATFORM_LABELS, PLATFORMS, SEVERITIES } from "@/lib/validation/vocabulary";

const SORT_LABELS = { relevance: "Relevance", newest: "Newest first", oldest: "Oldest first" } as const;

const byCount = (a: FacetOption, b: FacetOption) => b.count - a.count || a.label.localeCompare(b.label);

/**
 * The filter form. On small screens the sort and facets fold into a "Filters (n)" panel so results come first.
 * Inputs are keyed by their URL state, so the form always shows what the URL says, even after a client-side navigation.
 */
export function FacetSidebar({
  filters,
  counts,
  taxonomy,
  path = "/postmortems",
  label = "Filter postmortems",
  sortable = true,
}: {
  filters: BrowseFilters;
  counts: FacetCounts;
  taxonomy: Taxonomy;
  /** Where the form goes: browse, or another view of the same filters (insights). */
  path?: string;
  label?: string;
  sortable?: boolean;
}) {
  const count = (key: keyof FacetCounts, value: string) => counts[key].get(value) ?? 0;
  const years = [...new Set([...counts.year.keys(), ...filters.year])].sort().reverse();
  const active = FACET_KEYS.reduce((n, key) => n + filters[key].length, 0) + (filters.tagMatch === "all" ? 1 : 0);
  return (
    <form action={path} method="get" className="space-y-5" aria-label={label}>
      <AutoSubmit />
      <div className="space-y-1">
        <label htmlFor="browse-q" className="text-xs font-semibold uppercase tracking-wide muted">
          Search
        </label>
        <input
          key={filters.q}
          id="browse-q"
          name="q"
          type="search"
          defaultValue={filters.q}
          maxLength={200}
          className="input"
          placeholder="e.g. webhook, snat, calico"
        />
      </div>
      <Disclosure
        id="filters-panel"
        buttonClassName="btn-quiet w-full gap-2 md:hidden"
        panelClassName="hidden space-y-5 data-[open]:block target:block md:block"
        label={
          <>
            <Icon node={SlidersHorizontal} className="size-4" />
            Filters ({active})
          </>
        }
      >
        {sortable && (
          <div className="space-y-1">
            <label htmlFor="browse-sort" className="text-xs font-semibold uppercase tracking-wide muted">
              Sort
            </label>
            <select key={filters.sort} id="browse-sort" name="sort" defaultValue={filters.sort} className="input">
              {SORTS.map((sort) => (
                <option key={sort} value={sort}>
                  {SORT_LABELS[sort]}
                  {sort === "relevance" && !filters.q ? " (needs a search)" : ""}
                </option>
              ))}
            </select>
          </div>
        )}
        <FacetGroup
          name="coverage"
          legend="Coverage"
          selected={filters.coverage}
          options={COVERAGES.map((c) => ({ value: c, label: COVERAGE_LABELS[c], count: count("coverage", c) }))}
        />
        <FacetGroup
          name="severity"
          legend="Severity tier"
          selected={filters.severity}
          options={SEVERITIES.map((s) => ({
            value: s,
            label: severityShortLabel(s),
            icon: <SeverityIcon severity={s} />,
            count: count("severity", s),
          }))}
        />
        <FacetGroup
          name="category"
          legend="Category"
          selected={filters.category}
          options={taxonomy.categories.map((c) => ({ value: c.slug, label: c.name, count: count("category", c.slug) }))}
        />
        <FacetGroup
          name="tag"
          legend="Tag"
          selected={filters.tag}
          options={taxonomy.tags.map((t) => ({ value: t.slug, label: t.name, count: count("tag", t.slug) })).sort(byCount)}
        >
          {(filters.tag.length > 1 || filters.tagMatch === "all") && (
            <label className="flex items-center gap-1.5 pt-1 text-sm">
              <input
                key={filters.tagMatch}
                type="checkbox"
                name="tagMatch"
                value="all"
                defaultChecked={filters.tagMatch === "all"}
                className="size-4 shrink-0 accent-indigo-600"
              />
              Only stories with every selected tag
            </label>
          )}
        </FacetGroup>
        <FacetGroup
          name="component"
          legend="Component"
          selected={filters.component}
          options={taxonomy.components.map((c) => ({ value: c.slug, label: c.name, count: count("component", c.slug) })).sort(byCount)}
        />
        <FacetGroup
          name="platform"
          legend="Platform"
          selected={filters.platform}
          options={PLATFORMS.map((p) => ({ value: p, label: PLATFORM_LABELS[p], count: count("platform", p) }))}
        />
        <FacetGroup name="year" legend="Year" selected={filters.year} options={years.map((y) => ({ value: y, label: y, count: count("year", y) }))} />
        <FacetGroup
          name="duration"
          legend="Duration"
          selected={filters.duration}
          options={DURATION_BUCKETS.map((d) => ({ value: d.key, label: d.label, count: count("duration", d.key) }))}
        />
        <FacetGroup
          name="measured"
          legend="Exact times"
          selected={filters.measured}
          options={PHASES.map((p) => ({ value: p, label: PHASE_LABELS[p], count: count("measured", p) }))}
        />
        {filters.pageSize !== DEFAULT_PAGE_SIZE && <input type="hidden" name="pageSize" value={filters.pageSize} />}
        {/* On a phone the panel is taller than the screen: Apply stays at its foot while the reader ticks. */}
        <div className="sticky bottom-0 z-10 -mx-1 flex gap-2 border-t border-zinc-200 bg-white px-1 py-3 md:static md:border-0 md:bg-transparent md:p-0 dark:border-zinc-800 dark:bg-zinc-950 md:dark:bg-transparent">
          <button type="submit" className="btn">
            Apply filters
          </button>
          {/* The facets and the sort go; the search, which has its own box above, stays. */}
          <Link href={`${path}${browseQueryString({ q: filters.q })}`} className="btn-quiet">
            Reset
          </Link>
        </div>
      </Disclosure>
    </form>
  );
}
