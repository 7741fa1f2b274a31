import { formatDuration } from "@/lib/format";
import { PHASE_LABELS, PHASES, type TimeTo } from "@/lib/timeline/time-to";

/** Minutes as "1 h 5 min", with 0 as "under a minute" (formatDuration leaves it empty). */
export const formatMinutes = (minutes: number) => formatDuration(minutes) || "under a minute";

/** Time to detect, mitigate and resolve, from the timeline's exact times; nothing when none is known. */
export function TimeToSummary({ timeTo }: { timeTo: TimeTo }) {
  const known = PHASES.filter((phase) => timeTo[phase] !== null);
  if (known.length === 0) return null;
  return (
    <dl aria-label="Measured from the trigger" className="mb-5 grid grid-cols-1 gap-2 text-sm sm:grid-cols-3">
      {known.map((phase) => (
        <div key={phase} className="rounded-md border border-zinc-200 px-3 py-2 dark:border-zinc-800">
          <dt className="muted">{PHASE_LABELS[phase]}</dt>
          <dd className="font-semibold">{formatMinutes(timeTo[phase]!)}</dd>
        </div>
      ))}
    </dl>
  );
}
