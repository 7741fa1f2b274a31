import { range } from "d3-array";
import { BarList, type Bar } from "@/components/insights/bar-list";
import { ChartFigure, DataTable } from "@/components/insights/chart-figure";
import { Legend, StackedColumns, type Series } from "@/components/insights/stacked-columns";
import { severityShortLabel } from "@/components/postmortems/severity-badge";
import { formatMinutes } from "@/components/postmortems/time-to-summary";
import type { Insights } from "@/lib/data/insights";
import type { Taxonomy } from "@/lib/data/taxonomy";
import type { CrossCounts } from "@/lib/insights/aggregate";
import { DURATION_BUCKETS } from "@/lib/insights/duration-buckets";
import { PHASE_LABELS } from "@/lib/timeline/time-to";
import { browseQueryString, type BrowseFilters } from "@/lib/validation/browse-params";
import { SEVERITIES, type Severity } from "@/lib/validation/vocabulary";

// Mid-tone colours that read on white and on the dark theme's near-black alike.
const PALETTE = [
  "#2563eb",
  "#d97706",
  "#059669",
  "#db2777",
  "#7c3aed",
  "#0891b2",
  "#dc2626",
  "#65a30d",
  "#ea580c",
  "#4f46e5",
  "#0d9488",
  "#a21caf",
  "#ca8a04",
  "#64748b",
];
const SEVERITY_COLORS: Record<Severity, string> = { trivial: "#0891b2", "non-production": "#d97706", production: "#dc2626" };

const stories = (n: number) => `${n} ${n === 1 ? "story" : "stories"}`;

/** The browse URL of the stories behind a bar: the current filters with these facets narrowed to one value. */
const browseHref = (filters: BrowseFilters, narrow: Partial<BrowseFilters>) => `/postmortems${browseQueryString({ ...filters, ...narrow, page: 1 })}`;

/** Every year from the first to the last with stories, so a year without any shows as a gap, not a skip. */
const yearSpan = (years: string[]) => (years.length ? range(Number(years[0]), Number(years.at(-1)) + 1).map(String) : []);

function crossTable(caption: string, cross: CrossCounts, series: Series[]) {
  const shown = series.filter((s) => cross.columns.includes(s.key));
  return (
    <DataTable
      caption={caption}
      head={["Year", ...shown.map((s) => s.label)]}
      rows={cross.rows.map((year) => [year, ...shown.map((s) => cross.counts.get(year)?.get(s.key) ?? 0)])}
    />
  );
}

/**
 * A chart of horizontal bars whose data table lists the same bars, linked like them. Links here are plain anchors,
 * as in the SVG: a page of charts holds dozens, and each `next/link` adds a client component to render and hydrate.
 */
function BarFigure({
  id,
  title,
  caption,
  head,
  bars,
  color,
  wide = false,
}: {
  id: string;
  title: string;
  caption: string;
  head: [string, string];
  bars: Bar[];
  color: string;
  wide?: boolean;
}) {
  return (
    <ChartFigure
      id={id}
      wide={wide}
      title={title}
      caption={caption}
      data={
        <DataTable
          caption={title}
          head={head}
          rows={bars.map((bar) => [bar.href ? { href: bar.href, text: bar.label } : bar.label, bar.display ?? bar.n])}
        />
      }
    >
      {bars.length ? <BarList label={`${head[1]} per ${head[0].toLowerCase()}`} bars={bars} color={color} /> : <Empty />}
    </ChartFigure>
  );
}

export function InsightCharts({ insights, filters, taxonomy }: { insights: Insights; filters: BrowseFilters; taxonomy: Taxonomy }) {
  const categories: Series[] = taxonomy.categories
    .filter((c) => insights.byCategory.columns.includes(c.slug))
    .map((c, i) => ({ key: c.slug, label: c.name, color: PALETTE[i % PALETTE.length]! }));
  const tiers: Series[] = SEVERITIES.filter((s) => insights.bySeverity.columns.includes(s)).map((s) => ({
    key: s,
    label: severityShortLabel(s),
    color: SEVERITY_COLORS[s],
  }));
  const facetBars = (counts: { value: string; n: number }[], key: "tag" | "component", name: (slug: string) => string): Bar[] =>
    counts.map(({ value, n }) => ({
      key: value,
      label: name(value),
      n,
      href: browseHref(filters, { [key]: [value] }),
      description: `${name(value)}: ${stories(n)}`,
    }));
  const tagName = (slug: string) => taxonomy.tagBySlug.get(slug)?.name ?? slug;
  const tags = facetBars(insights.tags, "tag", tagName);
  const components = facetBars(insights.components, "component", (slug) => taxonomy.componentBySlug.get(slug)?.name ?? slug);
  const durations: Bar[] = DURATION_BUCKETS.map(({ key, label }) => {
    const n = insights.durations.buckets.find((b) => b.key === key)?.n ?? 0;
    return { key, label, n, href: n ? browseHref(filters, { duration: [key] }) : undefined, description: `${label}: ${stories(n)}` };
  });
  const phases: Bar[] = insights.phases.map((p) => ({
    key: p.phase,
    label: PHASE_LABELS[p.phase],
    n: p.median,
    display: `${formatMinutes(Math.round(p.median))} (${stories(p.n)})`,
    href: browseHref(filters, { measured: [p.phase] }),
    description: `${PHASE_LABELS[p.phase]}: median ${formatMinutes(Math.round(p.median))} over ${stories(p.n)}`,
  }));
  const pairs: Bar[] = insights.pairs.map((p) => ({
    key: `${p.a}+${p.b}`,
    label: `${tagName(p.a)} + ${tagName(p.b)}`,
    n: p.n,
    href: browseHref(filters, { tag: [p.a, p.b], tagMatch: "all" }),
    description: `${tagName(p.a)} with ${tagName(p.b)}: ${stories(p.n)}`,
  }));

  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <ChartFigure
        id="by-year"
        wide
        title="Stories by year and category"
        caption={`Each column is a year, split by root-cause category; a story counts in every category its tags belong to${filters.category.length ? ", and this chart counts every category, not only the selected ones" : ""}. Select a segment for its stories.`}
        data={crossTable("Stories per year and category", insights.byCategory, categories)}
      >
        <StackedColumns
          label="Stories by year, stacked by category"
          columns={yearSpan(insights.byCategory.rows)}
          series={categories}
          value={(year, category) => insights.byCategory.counts.get(year)?.get(category) ?? 0}
          href={(year, category) => browseHref(filters, { year: [year], category: [category] })}
        />
        <Legend series={categories} />
      </ChartFigure>

      <ChartFigure
        id="by-severity"
        wide
        title="Severity tiers over time"
        caption="Each column is a year, split by severity tier (listed entries without a tier are left out). Select a segment for its stories."
        data={crossTable("Stories per year and severity tier", insights.bySeverity, tiers)}
      >
        <StackedColumns
          label="Stories by year, stacked by severity tier"
          columns={yearSpan(insights.bySeverity.rows)}
          series={tiers}
          value={(year, tier) => insights.bySeverity.counts.get(year)?.get(tier) ?? 0}
          href={(year, tier) => browseHref(filters, { year: [year], severity: [tier as Severity] })}
        />
        <Legend series={tiers} />
      </ChartFigure>

      <BarFigure
        id="top-tags"
        title="Top root-cause tags"
        caption="The ten tags most stories share, counted with every filter except tag. Select a bar for its stories."
        head={["Tag", "Stories"]}
        bars={tags}
        color="#4f46e5"
      />
      <BarFigure
        id="top-components"
        title="Top components"
        caption="The ten components involved in most stories, counted with every filter except component. Select a bar for its stories."
        head={["Component", "Stories"]}
        bars={components}
        color="#0891b2"
      />
      <BarFigure
        id="durations"
        title="How long incidents lasted"
        caption={`Stories by stated duration, counted with every filter except duration. ${stories(insights.durations.unknown)} state no duration and are not shown. Select a bar for its stories.`}
        head={["Duration", "Stories"]}
        bars={durations}
        color="#059669"
      />

      <ChartFigure
        id="time-to"
        title="Time to detect, mitigate and resolve"
        caption={
          insights.timedTotal
            ? `Median minutes from the trigger, over the ${stories(insights.timedTotal)} whose timelines give exact times for the trigger and the later marker, counted with every filter except exact times. Select a bar for its stories; the table lists the newest.`
            : "No story here gives exact times for its trigger and a later marker yet."
        }
        data={
          <DataTable
            caption="Time to detect, mitigate and resolve per story"
            head={["Story", "Detect", "Mitigate", "Resolve"]}
            rows={insights.timedStories.map((s) => [
              { href: `/postmortems/${s.slug}`, text: s.title },
              ...(["detect", "mitigate", "resolve"] as const).map((phase) => (s[phase] === null ? "—" : formatMinutes(s[phase]))),
            ])}
          />
        }
      >
        {phases.length ? <BarList label="Median time from the trigger" bars={phases} color="#7c3aed" /> : <Empty />}
      </ChartFigure>

      <BarFigure
        id="pairs"
        wide
        title="Tags that appear together"
        caption="The pairs of tags most often found in the same story, among the eight most frequent tags, counted with every filter except tag. Select a bar for the stories with both tags."
        head={["Pair", "Stories"]}
        bars={pairs}
        color="#db2777"
      />
    </div>
  );
}

function Empty() {
  return <p className="text-sm muted">Nothing to chart for these filters.</p>;
}
