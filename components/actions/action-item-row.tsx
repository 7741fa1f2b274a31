import Link from "next/link";
import { ActionItemControls } from "@/components/actions/action-item-controls";
import { ActionDescription } from "@/components/postmortems/action-items";
import type { listActionItems } from "@/lib/data/action-items";
import { ACTION_STATUS_LABELS, type ActionStatus } from "@/lib/validation/vocabulary";

type Item = Awaited<ReturnType<typeof listActionItems>>["items"][number];

/** One backlog entry: what, where from, who, when; overdue ones are marked in colour and in words. */
export function ActionItemRow({ item }: { item: Item }) {
  return (
    <li className={`card space-y-2 text-sm ${item.overdue ? "border-l-4 border-l-red-600 dark:border-l-red-400" : ""}`}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <p className="font-medium">
          <ActionDescription item={item} />
        </p>
        {item.overdue && (
          <span className="rounded bg-red-100 px-1.5 py-0.5 text-xs font-semibold text-red-900 dark:bg-red-950 dark:text-red-100">Overdue</span>
        )}
      </div>
      <p className="muted">
        <span className="capitalize">{item.type}</span> · {ACTION_STATUS_LABELS[item.status as ActionStatus] ?? item.status} · Owner:{" "}
        {item.owner ?? "nobody"} · Due: {item.dueDate ?? "no date"}
      </p>
      <p>
        From <Link href={`/postmortems/${item.postmortem.slug}#action-items`}>{item.postmortem.title}</Link>
        {item.postmortem.team && <span className="muted"> · {item.postmortem.team.name}</span>}
      </p>
      {item.rights.change && <ActionItemControls item={item} />}
    </li>
  );
}
