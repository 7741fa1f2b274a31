import type { Metadata } from "next";
import Link from "next/link";
import { ActionButton, ActionForm } from "@/components/forms/action-form";
import { ForbiddenNotice } from "@/components/layout/forbidden-notice";
import { PageLinks } from "@/components/layout/page-links";
import { SuggestionOutcome } from "@/components/suggestions/suggestion-status";
import { acceptSuggestionAction, declineSuggestionAction } from "@/lib/actions/suggestion-actions";
import { canManageUsers } from "@/lib/auth/permissions";
import { requireViewer } from "@/lib/auth/session";
import { listSuggestions, SUGGESTIONS_PAGE_SIZE } from "@/lib/data/suggestions";
import { formatDateTime } from "@/lib/format";
import { SUGGESTION_STATUSES, suggestionListParams, type SuggestionStatus } from "@/lib/validation/suggestion";

export const metadata: Metadata = { title: "Suggestions" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const LABELS: Record<SuggestionStatus, string> = { pending: "Pending", accepted: "Accepted", declined: "Declined" };
const href = (status: SuggestionStatus, page = 1) => `/admin/suggestions?status=${status}${page > 1 ? `&page=${page}` : ""}`;

export default async function AdminSuggestionsPage({ searchParams }: Props) {
  const viewer = await requireViewer("/admin/suggestions");
  if (!canManageUsers(viewer)) return <ForbiddenNotice title="Suggestions" reason="Only admins decide which suggested stories the atlas lists." />;
  const { status, page } = suggestionListParams.parse(await searchParams);
  const { total, rows } = await listSuggestions(status, page);
  const pages = Math.max(1, Math.ceil(total / SUGGESTIONS_PAGE_SIZE));
  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold">Suggestions</h1>
        <p className="muted">
          Stories readers suggested. Accepting one lists it publicly (title, organisation, year and link; nothing else until someone retells it);
          declining needs a reason, which the suggester sees.
        </p>
      </header>
      <nav aria-label="Suggestion states" className="flex flex-wrap gap-2 text-sm">
        {SUGGESTION_STATUSES.map((s) => (
          <Link key={s} href={href(s)} aria-current={s === status ? "page" : undefined} className={s === status ? "btn" : "btn-quiet"}>
            {LABELS[s]}
          </Link>
        ))}
      </nav>
      <p role="status" className="text-sm muted">
        {total === 0
          ? `No ${status} suggestions.`
          : `${total} ${status} suggestion${total === 1 ? "" : "s"}${status === "pending" ? ", oldest first" : ", newest first"}.`}
      </p>
      <ul className="space-y-4">
        {rows.map((s) => (
          <li key={s.id} className="card space-y-2 text-sm">
            <h2 className="text-base font-semibold">
              <a href={s.url} rel="noopener noreferrer">
                {s.title}
              </a>
            </h2>
            <p className="break-all muted">{s.url}</p>
            <p>
              {s.organization}, {s.year} · suggested by {s.createdBy?.name ?? "a deleted user"} on {formatDateTime(s.createdAt)}
            </p>
            <blockquote className="border-l-4 border-zinc-300 pl-3 dark:border-zinc-700">{s.why}</blockquote>
            {s.status === "pending" ? (
              <div className="flex flex-col gap-3 sm:flex-row sm:items-start">
                <ActionButton action={acceptSuggestionAction} values={{ suggestionId: s.id }} label={`Accept “${s.title}”`} />
                <ActionForm
                  inline
                  label={`Decline “${s.title}”`}
                  action={declineSuggestionAction}
                  submitLabel="Decline"
                  fields={[
                    { name: "suggestionId", label: "Suggestion", type: "hidden", defaultValue: s.id },
                    { name: "reason", label: "Reason for declining", required: true },
                  ]}
                />
              </div>
            ) : (
              <p>
                <SuggestionOutcome status={s.status} declineReason={s.declineReason} slug={s.postmortem?.slug ?? null} />{" "}
                {s.decidedAt && (
                  <span className="muted">
                    by {s.decidedBy?.name ?? "a deleted user"} on {formatDateTime(s.decidedAt)}
                  </span>
                )}
              </p>
            )}
          </li>
        ))}
      </ul>
      <PageLinks page={page} pages={pages} href={(p) => href(status, p)} />
    </div>
  );
}
