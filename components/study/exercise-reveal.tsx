import Link from "next/link";
import { CheckSnippet } from "@/components/checklists/check-snippet";
import { InlineMarkdown } from "@/components/postmortems/user-markdown";
import { FactList } from "@/components/study/fact-list";
import type { ExerciseView, getExerciseReveal } from "@/lib/data/exercises";

type Reveal = NonNullable<Awaited<ReturnType<typeof getExerciseReveal>>>;

function PickVerdict({ pick, exercise, reveal }: { pick: string; exercise: ExerciseView; reveal: Reveal }) {
  const choice = exercise.choices.find((c) => c.ref === pick);
  if (!choice) return <p className="text-sm">You did not pick a check this time.</p>;
  const right = reveal.checks.some((c) => c.ref === pick);
  return (
    <p className={`rounded-md p-3 text-sm ${right ? "bg-emerald-50 dark:bg-emerald-950/50" : "bg-amber-50 dark:bg-amber-950/50"}`}>
      {/* A control's label is a sentence that may end in its own full stop. */}
      You picked <strong>{choice.label}</strong>
      {/[.!?]$/.test(choice.label) ? "" : "."}{" "}
      {right
        ? "It is among the checks that would have found the cause."
        : "It is not among the checks that would have found the cause; see which would, below."}
    </p>
  );
}

/** After the reveal: the reader's pick, what really happened, and the checks (with their controls) that find it. */
export function ExerciseReveal({
  slug,
  exercise,
  reveal,
  pick,
  signedIn,
}: {
  slug: string;
  exercise: ExerciseView;
  reveal: Reveal;
  pick: string;
  signedIn: boolean;
}) {
  const facts = [
    ["Trigger", reveal.trigger],
    ["Root cause", reveal.rootCause],
    ["What the team did", reveal.resolution],
  ] as const;
  return (
    <section id="reveal" aria-labelledby="what-happened" className="space-y-6">
      <div className="space-y-3">
        <h2 id="what-happened" className="section-title">
          What happened
        </h2>
        <PickVerdict pick={pick} exercise={exercise} reveal={reveal} />
        {signedIn && reveal.latestAnswer?.answer && (
          <div className="text-sm">
            <p className="font-semibold">Your answer</p>
            <p className="whitespace-pre-wrap muted">{reveal.latestAnswer.answer}</p>
          </div>
        )}
        <p className="text-base font-semibold">{reveal.title}</p>
        <FactList facts={facts.map(([label, value]) => [label, <InlineMarkdown key={label} markdown={value} />] as const)} />
      </div>

      <div className="space-y-2">
        <h3 className="text-base font-semibold">The whole timeline</h3>
        <ol className="space-y-2 border-l-2 border-zinc-300 pl-4 text-sm dark:border-zinc-700">
          {reveal.timeline.map((e, i) => (
            <li key={i}>
              <span className="font-semibold">{e.at}</span>
              {e.marker && <span className="muted"> ({e.marker})</span>} — {e.description}
            </li>
          ))}
        </ol>
      </div>

      <div className="space-y-3">
        <h3 className="text-base font-semibold">Checks that would have found it</h3>
        <ul className="space-y-4">
          {reveal.checks.map((check) => (
            <li key={check.ref} className="card space-y-2">
              <p className="text-sm">
                <span className="text-xs font-semibold uppercase tracking-wide muted">
                  {check.kind === "technique" ? "Technique" : `Control · ${check.control?.checklist}`}
                </span>
                <br />
                <Link href={check.href} className="font-medium">
                  {check.label}
                </Link>
                {check.ref === pick && <span className="ml-2 text-xs font-semibold text-emerald-800 dark:text-emerald-300">Your pick</span>}
              </p>
              {check.control && (
                <>
                  <p className="text-sm muted">{check.control.why}</p>
                  <CheckSnippet check={check.control.check} kind={check.control.checkKind} lang={check.control.checkLang} control={check.label} />
                </>
              )}
            </li>
          ))}
        </ul>
      </div>

      <div className="space-y-2">
        <h3 className="text-base font-semibold">Lessons</h3>
        <ol className="list-decimal space-y-1 pl-5 text-sm leading-6">
          {reveal.lessons.map((lesson, i) => (
            <li key={i}>{lesson}</li>
          ))}
        </ol>
      </div>

      <p className="flex flex-wrap gap-3 text-sm">
        <Link href={`/postmortems/${slug}`} className="btn">
          Read the full story
        </Link>
        {/* A full page load, so the fresh exercise's document carries nothing of this reveal. */}
        <a href={`/postmortems/${slug}/study`} className="btn-quiet">
          Try again
        </a>
      </p>
    </section>
  );
}
