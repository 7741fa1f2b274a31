import { revealExerciseAction } from "@/lib/actions/study-actions";
import type { ExerciseView } from "@/lib/data/exercises";

/** The reader's answer and pick: a plain form post to a server action, so it works without JavaScript. */
export function ExerciseForm({ exercise, error, signedIn }: { exercise: ExerciseView; error: string; signedIn: boolean }) {
  return (
    <form action={revealExerciseAction} aria-labelledby="your-move" className="card space-y-4">
      <h2 id="your-move" className="text-lg font-semibold">
        Your move
      </h2>
      {error && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
      <input type="hidden" name="slug" value={exercise.slug} />
      <div className="space-y-1">
        <label htmlFor="answer" className="text-sm font-semibold">
          What would you check first, and why?
        </label>
        <textarea id="answer" name="answer" rows={4} maxLength={2000} className="input" aria-describedby="answer-hint" />
        <p id="answer-hint" className="text-xs muted">
          {signedIn ? "Kept in your private study history; never published." : "Not kept: sign in to keep your answers in a private study history."}
        </p>
      </div>
      <fieldset className="space-y-2">
        <legend className="text-sm font-semibold">Or pick the check you would run first</legend>
        {exercise.choices.map((choice) => (
          <label key={choice.ref} className="flex items-start gap-2 text-sm">
            <input type="radio" name="pick" value={choice.ref} className="mt-1" />
            <span>
              {choice.label} <span className="muted">({choice.kind === "technique" ? "technique" : "checklist control"})</span>
            </span>
          </label>
        ))}
      </fieldset>
      <button type="submit" className="btn">
        Reveal what happened
      </button>
    </form>
  );
}
