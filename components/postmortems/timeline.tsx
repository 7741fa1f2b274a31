import type { PostmortemDetail } from "@/lib/data/postmortems";
import { formatDateTime } from "@/lib/format";

const MARKER_TONES: Record<string, string> = {
  trigger: "bg-red-600",
  detection: "bg-amber-500",
  diagnosis: "bg-sky-600",
  mitigation: "bg-violet-600",
  resolution: "bg-emerald-600",
};

export function Timeline({ events }: { events: PostmortemDetail["timeline"] }) {
  return (
    <ol className="relative space-y-4 border-l border-zinc-300 pl-6 dark:border-zinc-700">
      {events.map((event, i) => (
        <li key={i} className="relative">
          <span
            aria-hidden="true"
            className={`absolute -left-[1.95rem] top-1.5 size-3 rounded-full ring-4 ring-white dark:ring-zinc-950 ${event.marker ? MARKER_TONES[event.marker] : "bg-zinc-400"}`}
          />
          <p className="text-xs font-medium muted">
            <EventTime at={event.at} time={event.time} />
            {event.marker && (
              <span className="ml-2 rounded bg-zinc-100 px-1.5 py-0.5 uppercase tracking-wide text-zinc-800 dark:bg-zinc-800 dark:text-zinc-200">
                {event.marker}
              </span>
            )}
          </p>
          <p className="text-sm">{event.description}</p>
        </li>
      ))}
    </ol>
  );
}

/** The label as written; an exact time is machine-readable, and spelled out in UTC unless the label already says it. */
function EventTime({ at, time }: { at: string; time: string | null }) {
  if (!time) return <span className="font-mono">{at}</span>;
  const utc = formatDateTime(new Date(time));
  if (at.includes(utc.slice(11, 16)))
    return (
      <time dateTime={time} title={utc} className="font-mono">
        {at}
      </time>
    );
  return (
    <span className="font-mono">
      {at}{" "}
      <time dateTime={time} className="ml-1">
        ({utc})
      </time>
    </span>
  );
}
