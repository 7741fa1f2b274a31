import Link from "next/link";
import { formatDateTime } from "@/lib/format";

type RunRow = {
  id: number;
  target: string;
  visibility: string;
  updatedAt: Date;
  team: { name: string };
  checklist: { title: string; _count: { items: number } };
  answers: { status: string }[];
};

/** Runs with their target, team and progress. Items without an answer (or a cleared one) are not answered; unknown is an answer. */
export function RunList({ runs, showChecklist = false, empty }: { runs: RunRow[]; showChecklist?: boolean; empty: string }) {
  if (runs.length === 0) return <p className="text-sm muted">{empty}</p>;
  return (
    <ul className="space-y-2">
      {runs.map((run) => {
        const answered = run.answers.filter((a) => a.status !== "unanswered").length;
        const notDone = run.answers.filter((a) => a.status === "not_done").length;
        const total = run.checklist._count.items;
        return (
          <li key={run.id} className="card flex flex-wrap items-center justify-between gap-2 text-sm">
            <span>
              <Link href={`/runs/${run.id}`} className="font-medium">
                {showChecklist ? `${run.checklist.title} — ${run.target}` : run.target}
              </Link>{" "}
              <span className="muted">
                · {run.team.name} · {run.visibility === "public" ? "public" : "team only"} · updated {formatDateTime(run.updatedAt)}
              </span>
            </span>
            <span className="muted">
              {answered} of {total} answered · {notDone} not done
            </span>
          </li>
        );
      })}
    </ul>
  );
}
