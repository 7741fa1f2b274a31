import type { Metadata } from "next";
import Link from "next/link";
import { ForbiddenNotice } from "@/components/layout/forbidden-notice";
import { SeverityBadge } from "@/components/postmortems/severity-badge";
import { canReview } from "@/lib/auth/permissions";
import { requireViewer } from "@/lib/auth/session";
import { listReviewQueue } from "@/lib/data/review";
import { formatDateTime } from "@/lib/format";

export const metadata: Metadata = { title: "Review queue" };

export default async function ReviewPage() {
  const viewer = await requireViewer("/review");
  if (!canReview(viewer)) {
    return (
      <ForbiddenNotice
        title="Review queue"
        reason="Team leads and admins review postmortems. You are not a lead of any team, so there is nothing for you to review."
      />
    );
  }
  const queue = await listReviewQueue(viewer);
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold">Review queue</h1>
        <p className="muted">
          {viewer.isAdmin ? "Every team's" : "Your teams'"} postmortems waiting for review, oldest first. Also see the{" "}
          <Link href="/review/tagging">tagging queue</Link>.
        </p>
      </header>
      {queue.length === 0 ? (
        <p className="card text-sm">Nothing is waiting for review. When a member submits a draft, it appears here.</p>
      ) : (
        <ol className="space-y-2" aria-label="Waiting for review">
          {queue.map((pm) => (
            <li key={pm.id} className="card space-y-1">
              <div className="flex flex-wrap items-center gap-2">
                {pm.severity && <SeverityBadge severity={pm.severity} />}
                <Link href={`/postmortems/${pm.slug}`} className="font-medium">
                  {pm.title}
                </Link>
              </div>
              <p className="text-sm muted">
                {pm.team?.name} · filed by {pm.createdBy?.name ?? "someone"} · submitted {pm.submittedAt ? formatDateTime(pm.submittedAt) : "—"} ·{" "}
                {pm._count.tags} tag{pm._count.tags === 1 ? "" : "s"}, {pm._count.lessons} lesson
                {pm._count.lessons === 1 ? "" : "s"}
              </p>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
