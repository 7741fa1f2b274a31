import Link from "next/link";
import type { Viewer } from "@/lib/auth/viewer-types";
import { getStudyAnswers } from "@/lib/data/study";

/** The reader's own exercise answers: private, never published. */
export async function StudyHistory({ viewer }: { viewer: Viewer }) {
  const answers = await getStudyAnswers(viewer, 10);
  if (answers.length === 0) return null;
  return (
    <section aria-labelledby="study-history" className="card space-y-2">
      <h2 id="study-history" className="text-lg font-semibold">
        Your exercise answers
      </h2>
      <p className="text-sm muted">Only you can see these. The latest ten.</p>
      <ul className="space-y-2 text-sm">
        {answers.map((a) => (
          <li key={a.id}>
            <Link href={`/postmortems/${a.postmortem.slug}/study?revealed=1`} className="font-medium">
              {a.postmortem.organization}, {a.postmortem.incidentDate.getUTCFullYear()}
            </Link>{" "}
            <span className={a.correct ? "text-emerald-800 dark:text-emerald-300" : "muted"}>
              {a.pick ? (a.correct ? "· right check" : "· other check") : ""}
            </span>
            {a.answer && <span className="block whitespace-pre-wrap muted">“{a.answer}”</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
