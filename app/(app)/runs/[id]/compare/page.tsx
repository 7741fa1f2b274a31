import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/session";
import { ANSWER_LABELS, compareAnswers, type Answer } from "@/lib/checklists/answers";
import { getRun } from "@/lib/data/checklist-runs";
import { formatDateTime } from "@/lib/format";
import { parseId } from "@/lib/validation/id-param";

export const metadata: Metadata = { title: "Compare runs" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ with?: string }> };

const describe = (a: Answer) => [ANSWER_LABELS[a.status], a.owner && `owner ${a.owner}`, a.note && `“${a.note}”`].filter(Boolean).join(", ");

export default async function CompareRunsPage({ params, searchParams }: Props) {
  const raw = (await params).id;
  const viewer = await requireViewer(`/runs/${raw}/compare`);
  const [id, otherId] = [parseId(raw), parseId((await searchParams).with)];
  const run = id ? await getRun(viewer, id) : null;
  if (!run) notFound();
  const other = otherId ? await getRun(viewer, otherId) : null;
  const back = <Link href={`/runs/${run.id}`}>← {run.target}</Link>;
  if (!other || other.checklist.id !== run.checklist.id) {
    return (
      <div className="mx-auto max-w-xl space-y-3">
        <nav aria-label="Breadcrumb" className="text-sm">
          {back}
        </nav>
        <h1 className="text-2xl font-semibold">Compare runs</h1>
        <p className="card text-sm">
          Choose another run of the “{run.checklist.title}” checklist that you can see. Runs of different checklists cannot be compared.
        </p>
      </div>
    );
  }
  // Older run first, so the table reads as "what changed since".
  const [before, after] = other.createdAt <= run.createdAt ? [other, run] : [run, other];
  const byKey = (r: typeof run) => new Map(r.items.map((i) => [i.key, i.answer]));
  const changes = compareAnswers(run.items, byKey(before), byKey(after));
  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        {back}
      </nav>
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold">Compare runs: {run.checklist.title}</h1>
        <p className="text-sm muted">
          From <Link href={`/runs/${before.id}`}>{before.target}</Link> ({formatDateTime(before.createdAt)}) to{" "}
          <Link href={`/runs/${after.id}`}>{after.target}</Link> ({formatDateTime(after.createdAt)}).
        </p>
      </header>
      <p role="status" className="text-sm">
        {changes.length === 0 ? "No item changed between these runs." : `${changes.length} of ${run.items.length} items changed.`}
      </p>
      {changes.length > 0 && (
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Changed items</caption>
          <thead>
            <tr className="border-b border-zinc-200 dark:border-zinc-800">
              <th scope="col" className="py-2 pr-3">
                Control
              </th>
              <th scope="col" className="py-2 pr-3">
                {before.target}
              </th>
              <th scope="col" className="py-2">
                {after.target}
              </th>
            </tr>
          </thead>
          <tbody>
            {changes.map((c) => (
              <tr key={c.key} className="border-b border-zinc-100 align-top dark:border-zinc-900">
                <th scope="row" className="py-2 pr-3 font-medium">
                  {c.control}
                </th>
                <td className="py-2 pr-3">{describe(c.before)}</td>
                <td className="py-2">{describe(c.after)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
