import type { ReactNode } from "react";

type Chip = { key: string; href: string; title?: string; content: ReactNode };

/**
 * A row of link chips (tags, components), named for assistive technology by `label`. Plain links, not next/link:
 * a browse page shows up to 80 chips, and each next/link costs server render time and, once it scrolls into view,
 * a prefetch request.
 */
export function ChipRow({ label, chips, className = "flex flex-wrap gap-1.5" }: { label: string; chips: Chip[]; className?: string }) {
  return (
    <ul className={className} aria-label={label}>
      {chips.map((chip) => (
        <li key={chip.key}>
          <a className="chip" href={chip.href} title={chip.title}>
            {chip.content}
          </a>
        </li>
      ))}
    </ul>
  );
}

/** Chips for tags, each linking to its tag page. */
export const tagChips = (tags: { slug: string; name: string }[]): Chip[] =>
  tags.map((tag) => ({ key: tag.slug, href: `/tags/${tag.slug}`, content: tag.name }));

/** A headed row of link chips; nothing when there are none. */
export function ChipList({ label, chips }: { label: string; chips: Chip[] }) {
  if (chips.length === 0) return null;
  return (
    <div className="space-y-1">
      <h2 className="text-xs font-semibold uppercase tracking-wide muted">{label}</h2>
      <ChipRow label={label} chips={chips} />
    </div>
  );
}
