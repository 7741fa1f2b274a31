import Link from "next/link";
import { ActionButton } from "@/components/forms/action-form";
import { StatusBadges } from "@/components/postmortems/status-badges";
import { unarchiveAction } from "@/lib/actions/postmortem-actions";
import { isoDate } from "@/lib/format";

type Item = {
  id: number;
  slug: string;
  title: string;
  status: string;
  visibility: string;
  updatedAt: Date;
  archivedAt: Date | null;
  createdBy: { name: string } | null;
};

/**
 * A team's postmortems. Edit is offered where the viewer may edit (lib/auth/permissions.ts, canEdit): every one for
 * leads and admins (`manage`), drafts only for members.
 */
export function TeamPostmortemList({
  items,
  empty,
  archived = false,
  manage = false,
}: {
  items: Item[];
  empty: string;
  archived?: boolean;
  manage?: boolean;
}) {
  if (items.length === 0) return <p className="text-sm muted">{empty}</p>;
  return (
    <ul className="space-y-2">
      {items.map((pm) => (
        <li key={pm.id} className="card flex flex-wrap items-center justify-between gap-2">
          <div className="space-y-1">
            <Link href={`/postmortems/${pm.slug}`} className="font-medium">
              {pm.title}
            </Link>
            <p className="flex flex-wrap items-center gap-2 text-xs muted">
              <StatusBadges kind="team" status={pm.status} visibility={pm.visibility} archived={archived} />
              <span>
                {pm.createdBy ? `by ${pm.createdBy.name}, ` : ""}updated {isoDate(pm.updatedAt)}
              </span>
            </p>
          </div>
          {archived ? (
            <ActionButton action={unarchiveAction} values={{ slug: pm.slug }} label={`Restore ${pm.title}`} />
          ) : manage || pm.status === "draft" ? (
            <Link href={`/postmortems/${pm.slug}/edit`} className="btn-quiet">
              Edit<span className="sr-only"> {pm.title}</span>
            </Link>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
