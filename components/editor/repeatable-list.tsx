"use client";

import type { ReactNode } from "react";

/** An ordered list of sub-forms with add, remove and move up/down — all reachable by keyboard. */
export function RepeatableList<T>({
  title,
  itemLabel,
  items,
  blank,
  onChange,
  render,
  error,
}: {
  title: string;
  itemLabel: string;
  items: T[];
  blank: () => T;
  onChange: (items: T[]) => void;
  render: (item: T, update: (next: T) => void, index: number) => ReactNode;
  error?: string[];
}) {
  const move = (from: number, to: number) => {
    const next = [...items];
    const [item] = next.splice(from, 1);
    next.splice(to, 0, item as T);
    onChange(next);
  };
  return (
    <section aria-label={title} className="space-y-3">
      <h2 className="section-title">{title}</h2>
      {items.length === 0 && <p className="text-sm muted">None yet.</p>}
      <ol className="space-y-3">
        {items.map((item, index) => (
          <li key={index} className="card space-y-2">
            <fieldset className="space-y-2">
              <legend className="text-xs font-semibold uppercase tracking-wide muted">
                {itemLabel} {index + 1}
              </legend>
              {render(item, (next) => onChange(items.map((old, i) => (i === index ? next : old))), index)}
            </fieldset>
            <div className="flex gap-2 text-sm">
              <button
                type="button"
                className="btn-quiet"
                disabled={index === 0}
                onClick={() => move(index, index - 1)}
                aria-label={`Move ${itemLabel.toLowerCase()} ${index + 1} up`}
              >
                ↑ Up
              </button>
              <button
                type="button"
                className="btn-quiet"
                disabled={index === items.length - 1}
                onClick={() => move(index, index + 1)}
                aria-label={`Move ${itemLabel.toLowerCase()} ${index + 1} down`}
              >
                ↓ Down
              </button>
              <button
                type="button"
                className="btn-quiet"
                onClick={() => onChange(items.filter((_, i) => i !== index))}
                aria-label={`Remove ${itemLabel.toLowerCase()} ${index + 1}`}
              >
                Remove
              </button>
            </div>
          </li>
        ))}
      </ol>
      {error && <p className="text-sm text-red-700 dark:text-red-400">{error.join(" ")}</p>}
      <button type="button" className="btn-quiet" onClick={() => onChange([...items, blank()])}>
        + Add {itemLabel.toLowerCase()}
      </button>
    </section>
  );
}
