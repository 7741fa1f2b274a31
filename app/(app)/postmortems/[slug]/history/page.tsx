import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionButton } from "@/components/forms/action-form";
import { DiffText } from "@/components/postmortems/diff-text";
import { restoreRevisionAction } from "@/lib/actions/postmortem-actions";
import { getViewer } from "@/lib/auth/session";
import { getHistory } from "@/lib/data/revisions";
import { formatDateTime } from "@/lib/format";

export const metadata: Metadata = { title: "History" };

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ rev?: string }> };

export default async function HistoryPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const history = await getHistory(await getViewer(), slug, Number((await searchParams).rev) || undefined);
  if (!history) notFound();
  return (
    <div className="mx-auto max-w-5xl space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href={`/postmortems/${slug}`}>← {history.postmortem.title}</Link>
      </nav>
      <h1 className="text-2xl font-semibold">History</h1>
      <div className="grid gap-6 md:grid-cols-[18rem_1fr]">
        <nav aria-label="Revisions">
          <ol className="space-y-2">
            {history.revisions.map((rev) => (
              <li key={rev.id}>
                <Link
                  href={`/postmortems/${slug}/history?rev=${rev.id}`}
                  aria-current={rev.id === history.selectedId ? "true" : undefined}
                  className={`card block text-sm no-underline hover:no-underline ${rev.id === history.selectedId ? "border-indigo-500" : ""}`}
                >
                  <span className="block font-medium">
                    Version {rev.version}
                    {rev.version === history.postmortem.version && " (current)"}
                  </span>
                  <span className="block muted">
                    {rev.author?.name ?? "Someone"} · {formatDateTime(rev.updatedAt)}
                  </span>
                  <span className="block text-xs muted">{rev.changedFields.join(", ") || "no changes"}</span>
                </Link>
              </li>
            ))}
          </ol>
        </nav>
        <section aria-label="Changes in this revision" className="space-y-4">
          {history.canRestore &&
            history.selectedId &&
            history.revisions.find((r) => r.id === history.selectedId)?.version !== history.postmortem.version && (
              <ActionButton
                action={restoreRevisionAction}
                values={{ slug, revisionId: history.selectedId }}
                label="Restore this revision"
                confirm="Save this revision's content as the newest version?"
              />
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
    </div>
  );
}
