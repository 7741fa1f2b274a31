import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ExerciseForm } from "@/components/study/exercise-form";
import { ExerciseReveal } from "@/components/study/exercise-reveal";
import { StudyMarks } from "@/components/study/study-marks";
import { FactList } from "@/components/study/fact-list";
import { getExercise, getExerciseReveal } from "@/lib/data/exercises";
import { getViewer } from "@/lib/auth/session";
import { PLATFORM_LABELS, type Platform } from "@/lib/validation/vocabulary";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const one = (value: string | string[] | undefined) => (typeof value === "string" ? value : "");

// The title names the organisation and year only: story titles often give the cause away.
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const exercise = await getExercise((await params).slug, await getViewer());
  return {
    title: exercise ? `Exercise: ${exercise.organization}, ${exercise.incidentDate.getUTCFullYear()}` : "Exercise not found",
    robots: { index: false },
  };
}

export default async function ExercisePage({ params, searchParams }: Props) {
  const [{ slug }, query, viewer] = await Promise.all([params, searchParams, getViewer()]);
  const exercise = await getExercise(slug, viewer);
  if (!exercise) notFound();
  const revealed = one(query.revealed) === "1";
  // The hidden part is only loaded once the reader asks for it, so it is not in the page before the reveal.
  const reveal = revealed ? await getExerciseReveal(slug, viewer) : null;
  const facts = [
    ["Platform", PLATFORM_LABELS[exercise.platform as Platform] ?? exercise.platform],
    ["Environment", exercise.environment],
    ["Impact", exercise.impact],
    ["How it was noticed", exercise.detection],
  ] as const;

  return (
    <article className="mx-auto max-w-3xl space-y-8">
      <header className="space-y-3">
        <nav aria-label="Breadcrumb" className="text-sm">
          <Link href="/study">← Study</Link>
        </nav>
        <p className="text-xs font-semibold uppercase tracking-wide muted">Exercise · What would you check?</p>
        <h1 className="text-3xl font-semibold leading-tight">
          {exercise.organization}, {exercise.incidentDate.getUTCFullYear()}
        </h1>
        <p className="text-lg muted">
          You are on call. Here is what the team knew when the trouble started. Decide what you would check first, then reveal what happened.
        </p>
      </header>

      <section aria-labelledby="situation" className="space-y-3">
        <h2 id="situation" className="section-title">
          The situation
        </h2>
        <FactList facts={facts} />
        {exercise.events.length > 0 && (
          <>
            <h3 className="text-sm font-semibold">First signs</h3>
            <ol className="space-y-2 border-l-2 border-zinc-300 pl-4 text-sm dark:border-zinc-700">
              {exercise.events.map((e, i) => (
                <li key={i}>
                  <span className="font-semibold">{e.at}</span> — {e.description}
                </li>
              ))}
            </ol>
          </>
        )}
      </section>

      {reveal ? (
        <>
          <ExerciseReveal slug={slug} exercise={exercise} reveal={reveal} pick={one(query.pick)} signedIn={Boolean(viewer)} />
          <StudyMarks viewer={viewer} item={{ kind: "postmortem", slug, title: reveal.title }} />
        </>
      ) : (
        <ExerciseForm exercise={exercise} error={one(query.error)} signedIn={Boolean(viewer)} />
      )}
    </article>
  );
}
