import { max } from "d3-array";
import { scaleLinear } from "d3-scale";
import { round } from "@/components/insights/round";
import { markup } from "@/lib/html/markup";

export type Bar = { key: string; label: string; n: number; href?: string; display?: string; description?: string };

const ROW = 36;

/**
 * Horizontal bars drawn as SVG. Positions are percentages of the width, so the labels keep their size from a phone
 * to a desktop; each bar that has stories behind it is a link to them. The bars are one string of markup
 * (lib/html/markup.ts), not an element each.
 */
export function BarList({ label, bars, color = "#2563eb" }: { label: string; bars: Bar[]; color?: string }) {
  const x = scaleLinear([0, max(bars, (b) => b.n) ?? 1], [0, 100]);
  const body = bars.map((bar, i) => {
    const y = i * ROW;
    const name = bar.description ?? `${bar.label}: ${bar.display ?? bar.n}`;
    const width = round(Math.max(x(bar.n), bar.n > 0 ? 0.5 : 0));
    const shapes = markup`<text x="0" y="${y + 13}">${bar.label} · <tspan class="font-semibold tabular-nums">${bar.display ?? bar.n}</tspan></text><rect x="0" y="${y + 19}" width="100%" height="10" rx="2" class="track"></rect><rect x="0" y="${y + 19}" width="${width}%" height="10" rx="2" fill="${color}"></rect>`;
    return bar.href ? markup`<a href="${bar.href}" aria-label="${name}">${shapes}</a>` : markup`<g role="img" aria-label="${name}">${shapes}</g>`;
  });
  return (
    <svg
      role="group"
      aria-label={label}
      width="100%"
      height={bars.length * ROW}
      className="chart overflow-visible text-[13px]"
      dangerouslySetInnerHTML={{ __html: markup`${body}`.html }}
    />
  );
}
