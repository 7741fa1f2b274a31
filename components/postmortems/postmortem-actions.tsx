import Link from "next/link";
import { ActionButton } from "@/components/forms/action-form";
import { archiveAction, unarchiveAction } from "@/lib/actions/postmortem-actions";
import { canArchive, canEdit, canReadHistory, canRestore, type PostmortemAccess } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer-types";

/** Edit, history, archive and restore — each shown only to those allowed (the server checks again). */
export function PostmortemActions({ viewer, postmortem }: { viewer: Viewer | null; postmortem: PostmortemAccess & { slug: string; title: string } }) {
  if (postmortem.kind !== "team" || !viewer) return null;
  return (
    <div className="flex flex-wrap items-center gap-2">
      {canEdit(viewer, postmortem) && (
        <Link href={`/postmortems/${postmortem.slug}/edit`} className="btn">
          Edit
        </Link>
      )}
      {canReadHistory(viewer, postmortem) && (
        <Link href={`/postmortems/${postmortem.slug}/history`} className="btn-quiet">
          History
        </Link>
      )}
      {canArchive(viewer, postmortem) && (
        <ActionButton
          action={archiveAction}
          values={{ slug: postmortem.slug }}
          label="Archive"
          tone="danger"
          confirm={`Archive “${postmortem.title}”? Leads and admins can restore it from the team page.`}
        />
      )}
      {canRestore(viewer, postmortem) && <ActionButton action={unarchiveAction} values={{ slug: postmortem.slug }} label="Restore" />}
    </div>
  );
}
