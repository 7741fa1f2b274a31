import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionButton, ActionForm } from "@/components/forms/action-form";
import { Pager } from "@/components/pager";
import { DiffText } from "@/components/postmortems/diff-text";
import { restoreRevisionAction } from "@/lib/actions/postmortem-actions";
import { purgePostmortemAction, purgeRevisionAction } from "@/lib/actions/lead-decision-actions";
import { getViewer } from "@/lib/auth/session";
import { CURRENT_REVISION_REFUSAL } from "@/lib/data/purge";
import { getHistory } from "@/lib/data/revisions";
import { formatDateTime } from "@/lib/format";

export const metadata: Metadata = { title: "History" };

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ rev?: string; page?: string; purged?: string }> };

export default async function HistoryPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const query = await searchParams;
  const history = await getHistory(await getViewer(), slug, { selectedId: Number(query.rev) || undefined, page: Number(query.page) || undefined });
  // Outsiders, readers of the published story included, get the same answer as for an unknown slug.
  if (!history) notFound();
  const { selected } = history;
  const describe = (rev: NonNullable<typeof selected>) =>
    `version ${rev.version} by ${rev.author?.name ?? "someone"}, saved ${formatDateTime(rev.updatedAt)}`;
  return (
    <div className="mx-auto max-w-5xl space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href={`/postmortems/${slug}`}>← {history.postmortem.title}</Link>
      </nav>
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold">History</h1>
        <p className="text-sm muted">
          {history.total} revision{history.total === 1 ? "" : "s"}. One author&apos;s saves within five minutes make one revision, numbered by the
          version it reached, unless something else happened in between (a submit, a send-back, a publish, another author). Those steps change the
          version too, so numbers can skip. Only the team and site admins see this page, even after publishing.
        </p>
        {Number(query.purged) > 0 && (
          <p role="status" className="rounded-md border border-emerald-400 bg-emerald-50 p-2 text-sm dark:bg-emerald-950/40">
            Version {Number(query.purged)} was purged.
          </p>
        )}
      </header>
      <div className="grid gap-6 md:grid-cols-[18rem_1fr]">
        <nav aria-label="Revisions" className="space-y-3">
          <ol className="space-y-2">
            {history.revisions.map((rev) => (
              <li key={rev.id}>
                <Link
                  href={`/postmortems/${slug}/history?rev=${rev.id}`}
                  aria-current={rev.id === selected?.id ? "true" : undefined}
                  className={`card block text-sm no-underline hover:no-underline ${rev.id === selected?.id ? "border-indigo-500" : ""}`}
                >
                  <span className="block font-medium">
                    Version {rev.version}
                    {rev.version === history.postmortem.version && " (current)"}
                  </span>
                  <span className="block muted">
                    {rev.author?.name ?? "Someone"} · {formatDateTime(rev.updatedAt)}
                  </span>
                  <span className="block text-xs muted">{rev.first ? "Created" : rev.changedFields.join(", ") || "no changes"}</span>
                </Link>
              </li>
            ))}
          </ol>
          <Pager page={history.page} pages={history.pages} href={(page) => `/postmortems/${slug}/history?page=${page}`} label="Revision pages" />
        </nav>
        <section aria-label="Changes in this revision" className="min-w-0 space-y-4">
          {selected && (
            <div className="flex flex-wrap items-center gap-2">
              {history.canRestore && selected.version !== history.postmortem.version && (
                <ActionButton
                  action={restoreRevisionAction}
                  values={{ slug, revisionId: selected.id }}
                  label="Restore this revision"
                  confirm="Save this revision's content as the newest version?"
                />
              )}
              {history.canPurge &&
                (selected.isCurrent ? (
                  <p className="text-sm muted">{CURRENT_REVISION_REFUSAL}</p>
                ) : (
                  <ActionButton
                    action={purgeRevisionAction}
                    values={{ slug, revisionId: selected.id }}
                    label="Purge this revision"
                    tone="danger"
                    confirm={`Purge ${describe(selected)}? Its text is deleted for good and cannot be restored. The audit log records the purge, not the text.`}
                  />
                ))}
            </div>
          )}
          {history.changes.length === 0 && <p className="text-sm muted">No field changes recorded in this revision.</p>}
          {history.changes.map((change) => (
            <div key={change.field} className="card space-y-1">
              <h2 className="text-sm font-semibold">{change.field}</h2>
              <DiffText parts={change.parts} />
            </div>
          ))}
        </section>
      </div>
      {history.canPurge && (
        <details className="card space-y-3 border-red-300 dark:border-red-900">
          <summary className="cursor-pointer font-medium text-red-700 dark:text-red-300">Purge this whole postmortem…</summary>
          <p className="text-sm">
            For a legal or privacy request. This deletes “{history.postmortem.title}” with all {history.total} revision
            {history.total === 1 ? "" : "s"}, its lessons, timeline, action items, sources and tags, for good. It cannot be undone. The audit log
            records that it was purged and by whom, not its text.
          </p>
          <ActionForm
            label="Purge postmortem"
            action={purgePostmortemAction}
            submitLabel="Purge permanently"
            fields={[
              { name: "slug", label: "Postmortem", type: "hidden", defaultValue: slug },
              { name: "confirmation", label: `Type ${slug} to confirm`, required: true, autoComplete: "off" },
            ]}
          />
        </details>
      )}
    </div>
  );
}
