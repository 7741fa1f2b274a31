import Link from "next/link";
import { renderMarkdown } from "@/lib/markdown/render";
import { ActionButton, ActionForm } from "@/components/forms/action-form";
import { VisibilityControl } from "@/components/postmortems/visibility-control";
import { publishAction, sendBackAction, submitAction, unpublishAction, withdrawAction } from "@/lib/actions/postmortem-actions";
import {
  blockedBySecondReviewer,
  canChangeVisibility,
  canPublish,
  canSendBack,
  canSubmit,
  canTag,
  canUnpublish,
  canWithdraw,
  isMember,
  SECOND_REVIEWER_REFUSAL,
  type PostmortemAccess,
} from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer-types";
import { formatDateTime } from "@/lib/format";
import { missingForPublish, type PublishCheck } from "@/lib/review/readiness";

type Reviewable = PostmortemAccess &
  PublishCheck & {
    slug: string;
    title: string;
    createdById: number | null;
    team: { name: string; requireSecondReviewer: boolean } | null;
    publishedAt: Date | null;
    publishedBy: { name: string } | null;
    submittedAt: Date | null;
    reviewNote: string | null;
    reviewNoteBy: { name: string } | null;
    reviewNoteKind: string | null;
  };

const STATE_LABEL: Record<string, string> = { draft: "Draft", in_review: "In review", published: "Published" };

/** Who left the review note and how: "Ana sent this back:", or "Unpublished:" when the name is gone. */
function reviewNoteHeading({ reviewNoteKind, reviewNoteBy }: Pick<Reviewable, "reviewNoteKind" | "reviewNoteBy">) {
  const [move, done] = reviewNoteKind === "unpublish" ? ["Unpublished", "unpublished this"] : ["Sent back", "sent this back"];
  return reviewNoteBy ? `${reviewNoteBy.name} ${done}:` : `${move}:`;
}

/**
 * The review state of a team postmortem and the moves the viewer may make. Readers outside the team see only
 * who published it and when. Every button is checked again on the server.
 */
export function ReviewPanel({ viewer, pm }: { viewer: Viewer | null; pm: Reviewable }) {
  const tagLink = canTag(viewer, pm) && (
    <Link href={`/postmortems/${pm.slug}/tags`} className="btn-quiet">
      Edit tags
    </Link>
  );
  if (pm.kind !== "team") return tagLink ? <div className="flex gap-2">{tagLink}</div> : null;
  const insider = viewer?.isAdmin || isMember(viewer, pm.teamId);
  const published = pm.publishedAt && (
    <p className="text-sm muted">
      Published {pm.publishedBy ? `by ${pm.publishedBy.name} ` : ""}on {formatDateTime(pm.publishedAt)}
    </p>
  );
  if (!insider) return published || null;
  const missing = pm.status === "published" ? [] : missingForPublish(pm);
  const fourEyes = blockedBySecondReviewer(viewer, { createdById: pm.createdById, requireSecondReviewer: pm.team?.requireSecondReviewer ?? false });
  return (
    <section aria-labelledby="review-heading" className="card space-y-3 text-sm">
      <h2 id="review-heading" className="text-base font-semibold">
        Review: {STATE_LABEL[pm.status] ?? pm.status}
        {pm.status === "in_review" && pm.submittedAt && <span className="font-normal muted"> · submitted {formatDateTime(pm.submittedAt)}</span>}
      </h2>
      {published}
      {pm.reviewNote && pm.status === "draft" && (
        <div role="note" className="rounded-md border-l-4 border-amber-500 bg-amber-50 px-3 py-2 dark:bg-amber-950/40">
          <p className="font-medium">{reviewNoteHeading(pm)}</p>
          {/* Written as Markdown, like the comment it also became; renderMarkdown sanitises (lib/markdown/render.ts). */}
          <div className="prose text-sm" dangerouslySetInnerHTML={{ __html: renderMarkdown(pm.reviewNote) }} />
          <p className="text-xs muted">
            Earlier rounds are under <a href="#comments">Review comments</a>.
          </p>
        </div>
      )}
      {missing.length > 0 && (
        <div>
          <p className="font-medium">Before it can be published:</p>
          <ul className="list-disc pl-5">
            {missing.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="flex flex-wrap items-start gap-3">
        {canSubmit(viewer, pm) && <ActionButton action={submitAction} values={{ slug: pm.slug }} label="Submit for review" />}
        {canPublish(viewer, pm) && !fourEyes && <ActionButton action={publishAction} values={{ slug: pm.slug }} label="Publish" />}
        {canWithdraw(viewer, pm) && <ActionButton action={withdrawAction} values={{ slug: pm.slug }} label="Withdraw to draft" />}
        {tagLink}
      </div>
      {canPublish(viewer, pm) && fourEyes && <p role="note">{SECOND_REVIEWER_REFUSAL}</p>}
      {canChangeVisibility(viewer, pm) && !pm.archivedAt && <VisibilityControl pm={pm} />}
      {canSendBack(viewer, pm) && (
        <details>
          <summary className="cursor-pointer font-medium">Send back with a comment</summary>
          <ActionForm
            action={sendBackAction}
            label="Send back"
            submitLabel="Send back"
            fields={[
              { name: "slug", label: "", type: "hidden", defaultValue: pm.slug },
              { name: "comment", label: "What needs to change", type: "textarea", required: true },
            ]}
          />
        </details>
      )}
      {canUnpublish(viewer, pm) && (
        <details>
          <summary className="cursor-pointer font-medium">Unpublish with a reason</summary>
          <ActionForm
            action={unpublishAction}
            label="Unpublish"
            submitLabel="Unpublish"
            fields={[
              { name: "slug", label: "", type: "hidden", defaultValue: pm.slug },
              { name: "reason", label: "Reason (the team sees it)", type: "textarea", required: true },
            ]}
          />
        </details>
      )}
    </section>
  );
}
