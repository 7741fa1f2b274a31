"use client";

import { useId, useMemo, useState, type KeyboardEvent } from "react";

export type ComboOption = { value: string; label: string; description: string; group: string; terms: string };

/**
 * Type-ahead over the taxonomy, grouped by category, for keyboard use: ↑/↓ move, Enter adds,
 * Escape closes, Backspace on an empty box removes the last chosen entry. Follows the ARIA combobox pattern.
 */
export function TagCombobox({
  label,
  options,
  selected,
  onAdd,
  onRemoveLast,
  autoFocus = false,
}: {
  label: string;
  options: ComboOption[];
  selected: string[];
  onAdd: (value: string) => void;
  onRemoveLast: () => void;
  autoFocus?: boolean;
}) {
  const id = useId();
  const [query, setQuery] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const needle = query.trim().toLowerCase();
  const matches = useMemo(
    () =>
      options
        .filter((o) => !selected.includes(o.value) && (!needle || `${o.label} ${o.value} ${o.terms}`.toLowerCase().includes(needle)))
        .slice(0, 40),
    [options, selected, needle],
  );
  const groups = [...new Set(matches.map((m) => m.group))];
  const current = matches[Math.min(active, matches.length - 1)];

  const choose = (value: string) => {
    onAdd(value);
    setQuery("");
    setActive(0);
    setOpen(false);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      setOpen(true);
      setActive((i) => (matches.length ? (i + (event.key === "ArrowDown" ? 1 : -1) + matches.length) % matches.length : 0));
    } else if (event.key === "Enter") {
      if (open && current) {
        event.preventDefault();
        choose(current.value);
      }
    } else if (event.key === "Escape") {
      setOpen(false);
    } else if (event.key === "Backspace" && query === "") {
      onRemoveLast();
    }
  };

  return (
    <div className="relative">
      <label htmlFor={`${id}-input`} className="mb-1 block text-sm font-medium">
        {label}
      </label>
      <input
        id={`${id}-input`}
        role="combobox"
        aria-expanded={open && matches.length > 0}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={open && current ? `${id}-${current.value}` : undefined}
        className="input"
        placeholder="Type to search, ↓ to browse"
        value={query}
        autoComplete="off"
        autoFocus={autoFocus}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
          setActive(0);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <div
        id={`${id}-list`}
        role="listbox"
        aria-label={label}
        hidden={!open || matches.length === 0}
        className="absolute z-20 mt-1 max-h-80 w-full overflow-y-auto rounded-md border border-zinc-300 bg-white p-1 shadow-lg dark:border-zinc-700 dark:bg-zinc-900"
      >
        {groups.map((group) => (
          <div key={group} role="group" aria-labelledby={`${id}-g-${group}`}>
            <div id={`${id}-g-${group}`} role="presentation" className="px-2 pt-2 text-xs font-semibold uppercase tracking-wide muted">
              {group}
            </div>
            {matches
              .filter((m) => m.group === group)
              .map((m) => (
                <div
                  key={m.value}
                  id={`${id}-${m.value}`}
                  role="option"
                  aria-selected={m === current}
                  className={`cursor-pointer rounded px-2 py-1 text-sm ${m === current ? "bg-indigo-100 dark:bg-indigo-950" : ""}`}
                  onMouseDown={(e) => {
                    e.preventDefault();
                    choose(m.value);
                  }}
                >
                  <span className="font-medium">{m.label}</span>
                  <span className="block text-xs muted">{m.description}</span>
                </div>
              ))}
          </div>
        ))}
      </div>
    </div>
  );
}
