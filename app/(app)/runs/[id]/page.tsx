import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { RunForm } from "@/components/checklists/run-form";
import { ActionForm } from "@/components/forms/action-form";
import { runVisibilityAction } from "@/lib/actions/checklist-run-actions";
import { requireViewer } from "@/lib/auth/session";
import { getRun, listComparableRuns } from "@/lib/data/checklist-runs";
import { formatDateTime } from "@/lib/format";
import { parseId } from "@/lib/validation/id-param";

export const metadata: Metadata = { title: "Checklist run" };

export default async function RunPage({ params }: { params: Promise<{ id: string }> }) {
  const raw = (await params).id;
  const viewer = await requireViewer(`/runs/${raw}`);
  const id = parseId(raw);
  const run = id ? await getRun(viewer, id) : null;
  if (!run) notFound();
  const others = await listComparableRuns(viewer, run);
  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <header className="space-y-2">
        <nav aria-label="Breadcrumb" className="text-sm">
          <Link href={`/checklists/${run.checklist.slug}`}>← {run.checklist.title}</Link>
        </nav>
        <h1 className="text-2xl font-semibold">
          {run.checklist.title}: {run.target}
        </h1>
        <p className="text-sm muted">
          <Link href={`/teams/${run.team.slug}`}>{run.team.name}</Link> · started {run.createdBy ? `by ${run.createdBy.name} ` : ""}on{" "}
          {formatDateTime(run.createdAt)} · {run.visibility === "public" ? "Public" : "Team only"}
        </p>
        <div className="flex flex-wrap items-end gap-4 text-sm">
          <a href={`/runs/${run.id}/export`} className="btn-quiet" download>
            Export as Markdown
          </a>
          {others.length > 0 && (
            <form method="get" action={`/runs/${run.id}/compare`} className="flex items-end gap-2" aria-label="Compare with another run">
              <div>
                <label htmlFor="compare-with" className="block muted">
                  Compare with
                </label>
                <select id="compare-with" name="with" className="input">
                  {others.map((o) => (
                    <option key={o.id} value={o.id}>
                      {o.target} ({o.team.name}, {formatDateTime(o.updatedAt)})
                    </option>
                  ))}
                </select>
              </div>
              <button type="submit" className="btn-quiet">
                Compare
              </button>
            </form>
          )}
          {run.canChangeVisibility && (
            <ActionForm
              inline
              label="Run visibility"
              action={runVisibilityAction}
              submitLabel={run.visibility === "public" ? "Make team-only" : "Make public"}
              fields={[
                { name: "runId", label: "", type: "hidden", defaultValue: run.id },
                { name: "visibility", label: "", type: "hidden", defaultValue: run.visibility === "public" ? "team" : "public" },
              ]}
            />
          )}
        </div>
      </header>
      {!run.canAnswer && <p className="card text-sm">You can read this run; only {run.team.name}&apos;s members can change its answers.</p>}
      <RunForm runId={run.id} items={run.items} canAnswer={run.canAnswer} />
    </div>
  );
}
