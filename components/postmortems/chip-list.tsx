import Link from "next/link";
import type { ReactNode } from "react";

/** A labelled row of link chips (tags, components). */
export function ChipList({ label, chips }: { label: string; chips: { key: string; href: string; title?: string; content: ReactNode }[] }) {
  if (chips.length === 0) return null;
  return (
    <div className="space-y-1">
      <h2 className="text-xs font-semibold uppercase tracking-wide muted">{label}</h2>
      <ul className="flex flex-wrap gap-1.5" aria-label={label}>
        {chips.map((chip) => (
          <li key={chip.key}>
            <Link className="chip" href={chip.href} title={chip.title}>
              {chip.content}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
