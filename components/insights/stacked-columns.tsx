import { max } from "d3-array";
import { scaleBand, scaleLinear } from "d3-scale";
import { stack } from "d3-shape";
import { round } from "@/components/insights/round";
import { markup } from "@/lib/html/markup";

export type Series = { key: string; label: string; color: string };

const HEIGHT = 220;
const AXIS = 22;
/** Left margin for the count ticks, as a percentage of the width. */
const MARGIN = 7;

/**
 * Columns (years) stacked by series (categories, tiers), drawn as SVG with d3 scales and d3-shape's stack. Widths
 * are percentages, heights pixels; every segment links to the stories behind it and names its count.
 */
export function StackedColumns({
  label,
  columns,
  series,
  value,
  href,
  maxLabels = 8,
}: {
  label: string;
  columns: string[];
  series: Series[];
  value: (column: string, series: string) => number;
  /** Where a segment's stories are listed; without it segments are labelled images. */
  href?: (column: string, series: string) => string;
  /** At most this many x labels, so they never overlap on a phone (fewer for longer labels). */
  maxLabels?: number;
}) {
  const rows = columns.map((column) => Object.fromEntries(series.map((s) => [s.key, value(column, s.key)])));
  const layers = stack<Record<string, number>>().keys(series.map((s) => s.key))(rows);
  const top = max(layers.at(-1) ?? [], (point) => point[1]) ?? 1;
  const y = scaleLinear([0, top], [HEIGHT, 8]).nice();
  const x = scaleBand(columns, [MARGIN, 100]).paddingInner(0.2);
  const step = Math.ceil(columns.length / maxLabels);
  const ticks = y
    .ticks(4)
    .filter(Number.isInteger)
    .map(
      (tick) =>
        markup`<g aria-hidden="true"><line x1="${MARGIN}%" x2="100%" y1="${round(y(tick))}" y2="${round(y(tick))}" class="stroke-zinc-200 dark:stroke-zinc-800"></line><text x="0" y="${round(y(tick) + 4)}" class="tabular-nums">${tick}</text></g>`,
    );
  const segments = layers.flatMap((layer, s) =>
    layer.map((point, i) => {
      const n = point[1] - point[0];
      if (n === 0) return null;
      const column = columns[i]!;
      const { key, label: name, color } = series[s]!;
      const description = `${column}, ${name}: ${n} ${n === 1 ? "story" : "stories"}`;
      const rect = markup`<rect x="${round(x(column)!)}%" width="${round(x.bandwidth())}%" y="${round(y(point[1]))}" height="${round(y(point[0]) - y(point[1]))}" fill="${color}"></rect>`;
      return href
        ? markup`<a href="${href(column, key)}" aria-label="${description}">${rect}</a>`
        : markup`<g role="img" aria-label="${description}">${rect}</g>`;
    }),
  );
  const labels = columns.map((column, i) =>
    i % step === 0
      ? markup`<text aria-hidden="true" x="${round(x(column)! + x.bandwidth() / 2)}%" y="${HEIGHT + 16}" text-anchor="middle">${column}</text>`
      : null,
  );
  // One string of markup (lib/html/markup.ts), not an element per segment.
  return (
    <svg
      role="group"
      aria-label={label}
      width="100%"
      height={HEIGHT + AXIS}
      className="chart overflow-visible text-[12px]"
      dangerouslySetInnerHTML={{ __html: markup`${ticks}${segments}${labels}`.html }}
    />
  );
}

/** The series as a legend of colour swatches, in stacking order (bottom first). */
export function Legend({ series }: { series: Series[] }) {
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs" aria-label="Legend">
      {series.map((s) => (
        <li key={s.key} className="flex items-center gap-1.5">
          <span aria-hidden="true" className="inline-block size-3 rounded-sm" style={{ backgroundColor: s.color }} />
          {s.label}
        </li>
      ))}
    </ul>
  );
}
