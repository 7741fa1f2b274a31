"use client";

import { useState } from "react";

export type PickerGroup = { name: string; options: { value: string; label: string; description?: string }[] };

/** Checkbox groups with a filter box: pick tags or components from the taxonomy. */
export function TaxonomyPicker({
  id,
  title,
  groups,
  selected,
  onChange,
  error,
}: {
  id: string;
  title: string;
  groups: PickerGroup[];
  selected: string[];
  onChange: (next: string[]) => void;
  error?: string[];
}) {
  const [filter, setFilter] = useState("");
  const needle = filter.trim().toLowerCase();
  const toggle = (value: string) => onChange(selected.includes(value) ? selected.filter((v) => v !== value) : [...selected, value]);
  return (
    <fieldset className="space-y-2" aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="text-sm font-medium">
        {title} <span className="muted">({selected.length} chosen)</span>
      </legend>
      <label htmlFor={`${id}-filter`} className="sr-only">
        Filter {title.toLowerCase()}
      </label>
      <input
        id={`${id}-filter`}
        type="search"
        className="input"
        placeholder={`Filter ${title.toLowerCase()}…`}
        value={filter}
        onChange={(e) => setFilter(e.target.value)}
      />
      <div className="max-h-64 space-y-3 overflow-y-auto rounded-md border border-zinc-200 p-3 dark:border-zinc-800">
        {groups.map((group) => {
          const options = group.options.filter(
            (o) => !needle || `${o.label} ${o.value} ${group.name}`.toLowerCase().includes(needle) || selected.includes(o.value),
          );
          if (options.length === 0) return null;
          return (
            <div key={group.name}>
              {groups.length > 1 && <p className="text-xs font-semibold uppercase tracking-wide muted">{group.name}</p>}
              <ul className="grid gap-1 sm:grid-cols-2">
                {options.map((option) => (
                  <li key={option.value} className="flex items-start gap-2 text-sm">
                    <input
                      id={`${id}-${option.value}`}
                      type="checkbox"
                      className="mt-1 size-4 accent-indigo-600"
                      checked={selected.includes(option.value)}
                      onChange={() => toggle(option.value)}
                    />
                    <label htmlFor={`${id}-${option.value}`} title={option.description}>
                      {option.label}
                    </label>
                  </li>
                ))}
              </ul>
            </div>
          );
        })}
      </div>
      {error && (
        <p id={`${id}-error`} className="text-sm text-red-700 dark:text-red-400">
          {error.join(" ")}
        </p>
      )}
    </fieldset>
  );
}
