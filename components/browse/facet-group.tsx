"use client";

import type { ReactNode } from "react";

export type FacetOption = { value: string; label: string; icon?: ReactNode; count: number };

/**
 * One facet as a fieldset of checkboxes; values with no matches are hidden unless selected, and a facet with
 * nothing to show is left out. Each checkbox is keyed by its URL state, so a client-side navigation (a chip,
 * "Clear all") remounts the ones that changed instead of leaving stale ticks for the next submit.
 */
export function FacetGroup({
  name,
  legend,
  options,
  selected,
  collapsedAfter = 8,
  children,
}: {
  name: string;
  legend: string;
  options: FacetOption[];
  selected: string[];
  collapsedAfter?: number;
  /** Options of the facet as a whole, after its values (inside the fieldset, so they are announced with it). */
  children?: ReactNode;
}) {
  const shown = options.filter((o) => o.count > 0 || selected.includes(o.value));
  if (shown.length === 0) return null;
  const head = shown.slice(0, collapsedAfter);
  const tail = shown.slice(collapsedAfter);
  // Lean markup (the input inside its label, styles on the list's class): a facet may list a hundred values. This
  // is a client component for the same reason: the RSC payload then carries each facet's values as data, not as
  // ~800 elements that the server would serialise, read back and inline into the page besides rendering them as
  // HTML. At 100k stories that cut a browse page's server time by 13–19% and its HTML by 40 KB, for 0.4 KiB of
  // gzipped JavaScript.
  const renderOption = (option: FacetOption) => {
    const checked = selected.includes(option.value);
    return (
      <li key={`${option.value}:${checked}`}>
        <label>
          <input type="checkbox" name={name} value={option.value} defaultChecked={checked} />
          {option.icon}
          {option.label} <span>{option.count}</span>
        </label>
      </li>
    );
  };
  return (
    <fieldset className="space-y-1.5">
      <legend className="mb-1 text-xs font-semibold uppercase tracking-wide muted">{legend}</legend>
      <ul className="facet-list">{head.map(renderOption)}</ul>
      {tail.length > 0 && (
        <details open={tail.some((o) => selected.includes(o.value))}>
          <summary className="cursor-pointer text-sm text-indigo-700 dark:text-indigo-300">{tail.length} more</summary>
          <ul className="facet-list mt-1">{tail.map(renderOption)}</ul>
        </details>
      )}
      {children}
    </fieldset>
  );
}
