import Link from "next/link";
import { ChipRow, tagChips } from "@/components/postmortems/chip-list";
import { CheckSnippet } from "@/components/checklists/check-snippet";
import { SeverityBadge } from "@/components/postmortems/severity-badge";
import type { ChecklistDetail } from "@/lib/data/checklists";

/** One control: what to do, why (the failure mode), how to check it, and the incidents behind it. */
export function ChecklistItemCard({ item, index }: { item: ChecklistDetail["items"][number]; index: number }) {
  return (
    <article id={item.key} aria-labelledby={`${item.key}-title`} className="card scroll-mt-4 space-y-3">
      <h2 id={`${item.key}-title`} className="text-base font-semibold [overflow-wrap:anywhere]">
        <span className="muted">{index + 1}.</span> {item.control}
      </h2>
      <p className="text-sm [overflow-wrap:anywhere]">
        <span className="font-medium">Why: </span>
        {item.why}
      </p>
      <CheckSnippet check={item.check} kind={item.checkKind} lang={item.checkLang} control={item.control} />
      <div className="text-sm">
        <p className="font-medium">Would have prevented or shortened:</p>
        <ul className="mt-1 space-y-1">
          {item.postmortems.map((pm) => (
            <li key={pm.slug} className="flex flex-wrap items-center gap-2">
              <SeverityBadge severity={pm.severity} />
              <Link href={`/postmortems/${pm.slug}`}>{pm.title}</Link>
            </li>
          ))}
        </ul>
      </div>
      <ChipRow label="Tags" chips={tagChips(item.tags)} className="flex flex-wrap gap-1.5 text-xs" />
    </article>
  );
}
