import Link from "next/link";
import type { ReactNode } from "react";
import { SeverityIcon, severityShortLabel } from "@/components/postmortems/severity-badge";
import type { Taxonomy } from "@/lib/data/taxonomy";
import { FACET_KEYS, type FacetKey } from "@/lib/search/facets";
import { browseQueryString, type BrowseFilters } from "@/lib/validation/browse-params";
import { DURATION_LABELS, type DurationBucket } from "@/lib/insights/duration-buckets";
import { PHASE_LABELS, type Phase } from "@/lib/timeline/time-to";
import { COVERAGE_LABELS, PLATFORM_LABELS, type Coverage, type Platform, type Severity } from "@/lib/validation/vocabulary";

/** A removable filter; `label` names what removing it does, when "Remove <what> filter <text>" would not. */
type Chip = { id: string; text: string; what: string; href: string; label?: string; icon?: ReactNode };

function facetLabel(taxonomy: Taxonomy, key: FacetKey, value: string): string {
  switch (key) {
    case "coverage":
      return COVERAGE_LABELS[value as Coverage];
    case "severity":
      return severityShortLabel(value as Severity);
    case "category":
      return taxonomy.categoryBySlug.get(value)?.name ?? value;
    case "tag":
      return taxonomy.tagBySlug.get(value)?.name ?? value;
    case "component":
      return taxonomy.componentBySlug.get(value)?.name ?? value;
    case "platform":
      return PLATFORM_LABELS[value as Platform];
    case "duration":
      return DURATION_LABELS[value as DurationBucket];
    case "measured":
      return `${PHASE_LABELS[value as Phase]} measured`;
    default:
      return value;
  }
}

/** The current filters as removable chips; each chip links to the same view without that value. */
export function ActiveFilters({ filters, taxonomy, path = "/postmortems" }: { filters: BrowseFilters; taxonomy: Taxonomy; path?: string }) {
  const without = (change: Partial<BrowseFilters>) => `${path}${browseQueryString({ ...filters, ...change, page: 1 })}`;
  const chips: Chip[] = FACET_KEYS.flatMap((key) =>
    filters[key].map((value) => ({
      id: `${key}:${value}`,
      text: facetLabel(taxonomy, key, value),
      what: key,
      href: without({ [key]: filters[key].filter((v: string) => v !== value) }),
      // The tier's icon as in the sidebar and on cards (never its emoji, which needs an emoji font).
      icon: key === "severity" ? <SeverityIcon severity={value as Severity} /> : undefined,
    })),
  );
  if (filters.tagMatch === "all")
    chips.push({
      id: "tagMatch",
      text: "All tags required",
      what: "tag match",
      href: without({ tagMatch: "any" }),
      label: "Match any selected tag instead",
    });
  if (filters.q) chips.unshift({ id: "q", text: `“${filters.q}”`, what: "search", href: without({ q: "" }) });
  if (chips.length === 0) return null;
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm">
      <span className="muted">Filtered by:</span>
      <ul className="flex flex-wrap gap-2">
        {chips.map((chip) => (
          <li key={chip.id}>
            <Link href={chip.href} className="chip" aria-label={chip.label ?? `Remove ${chip.what} filter ${chip.text}`}>
              {chip.icon}
              {chip.text}
              <span aria-hidden="true">×</span>
            </Link>
          </li>
        ))}
      </ul>
      <Link href={path}>Clear all</Link>
    </div>
  );
}
