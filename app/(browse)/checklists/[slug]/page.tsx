import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ChecklistItemCard } from "@/components/checklists/checklist-item";
import { RunList } from "@/components/checklists/run-list";
import { ActionForm } from "@/components/forms/action-form";
import { Mdx } from "@/components/mdx/mdx";
import { startRunAction } from "@/lib/actions/checklist-run-actions";
import { getViewer } from "@/lib/auth/session";
import { listRuns } from "@/lib/data/checklist-runs";
import { getChecklist } from "@/lib/data/checklists";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const checklist = await getChecklist((await params).slug);
  return checklist ? { title: `${checklist.title} checklist`, description: checklist.summary } : { title: "Checklist not found" };
}

export default async function ChecklistPage({ params }: Props) {
  const checklist = await getChecklist((await params).slug);
  if (!checklist) notFound();
  const viewer = await getViewer();
  const runs = await listRuns(viewer, { checklistId: checklist.id });
  const teams = viewer?.teams ?? [];
  return (
    <div className="grid gap-8 lg:grid-cols-[1fr_18rem]">
      <div className="min-w-0 space-y-6">
        <header className="space-y-2">
          <nav aria-label="Breadcrumb" className="text-sm">
            <Link href="/checklists">← All checklists</Link>
          </nav>
          <h1 className="text-3xl font-semibold">{checklist.title}</h1>
          <p className="text-lg muted">{checklist.summary}</p>
        </header>
        <Mdx html={checklist.body} />
        <ol className="space-y-4" aria-label="Controls">
          {checklist.items.map((item, i) => (
            <li key={item.key}>
              <ChecklistItemCard item={item} index={i} />
            </li>
          ))}
        </ol>
      </div>
      <aside className="space-y-6" aria-label="Runs">
        <section aria-labelledby="start-run" className="space-y-2">
          <h2 id="start-run" className="section-title">
            Run this checklist
          </h2>
          {!viewer ? (
            <p className="text-sm">
              <Link href={`/signin?callbackUrl=/checklists/${checklist.slug}`}>Sign in</Link> to run it against one of your team&apos;s clusters.
            </p>
          ) : teams.length === 0 ? (
            <p className="text-sm muted">Join a team to start a run; runs belong to teams.</p>
          ) : (
            <ActionForm
              label="Start a run"
              action={startRunAction}
              submitLabel="Start run"
              fields={[
                { name: "checklist", label: "", type: "hidden", defaultValue: checklist.slug },
                {
                  name: "teamId",
                  label: "Team",
                  type: "select",
                  options: teams.map((t) => ({ value: String(t.id), label: t.name })),
                  defaultValue: String(teams[0]!.id),
                },
                { name: "target", label: "Target", required: true, hint: "What you are checking, e.g. “prod-eu cluster”." },
              ]}
            />
          )}
        </section>
        <section aria-labelledby="runs-heading" className="space-y-2">
          <h2 id="runs-heading" className="section-title">
            Runs you can see
          </h2>
          <RunList runs={runs} empty="No runs yet." />
        </section>
      </aside>
    </div>
  );
}
