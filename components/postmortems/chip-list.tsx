import { markup, type MarkupValue } from "@/lib/html/markup";

/** `content` is text, or markup made with lib/html/markup.ts. */
type Chip = { href: string; title?: string; content: MarkupValue };

/**
 * A row of link chips (tags, components), named for assistive technology by `label`. Plain links, not next/link:
 * a browse page shows up to 80 chips, and each next/link costs server render time and, once it scrolls into view,
 * a prefetch request.
 */
export function ChipRow({ label, chips, className = "flex flex-wrap gap-1.5" }: { label: string; chips: Chip[]; className?: string }) {
  // One string of markup (lib/html/markup.ts), not three elements per chip.
  const items = chips.map(
    (chip) => markup`<li><a class="chip" href="${chip.href}"${chip.title ? markup` title="${chip.title}"` : ""}>${chip.content}</a></li>`,
  );
  return <ul className={className} aria-label={label} dangerouslySetInnerHTML={{ __html: markup`${items}`.html }} />;
}

/** Chips for tags, each linking to its tag page. */
export const tagChips = (tags: { slug: string; name: string }[]): Chip[] => tags.map((tag) => ({ href: `/tags/${tag.slug}`, content: tag.name }));

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
