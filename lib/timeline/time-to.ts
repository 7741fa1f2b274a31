/** A timeline event as far as time to detect, mitigate and resolve care: its marker and exact time, if any. */
export type TimedEvent = { marker: string | null; time: string | null };

export const PHASES = ["detect", "mitigate", "resolve"] as const;
export type Phase = (typeof PHASES)[number];
export type TimeTo = Record<Phase, number | null>;
export const PHASE_LABELS: Record<Phase, string> = { detect: "Time to detect", mitigate: "Time to mitigate", resolve: "Time to resolve" };

const PHASE_MARKER: Record<Phase, string> = { detect: "detection", mitigate: "mitigation", resolve: "resolution" };

function earliest(events: TimedEvent[], marker: string): number | null {
  let first: number | null = null;
  for (const event of events) {
    if (event.marker !== marker || !event.time) continue;
    const ms = Date.parse(event.time);
    if (!Number.isNaN(ms) && (first === null || ms < first)) first = ms;
  }
  return first;
}

/**
 * Minutes from the trigger to the first detection, mitigation and resolution, each from the markers' exact
 * times. A phase is unknown (null) when the trigger or that marker has no exact time, or when the times
 * contradict the order (the marker before the trigger): an estimate is never made up from free-text labels.
 */
export function timeTo(events: TimedEvent[]): TimeTo {
  const start = earliest(events, "trigger");
  const result: TimeTo = { detect: null, mitigate: null, resolve: null };
  if (start === null) return result;
  for (const phase of PHASES) {
    const at = earliest(events, PHASE_MARKER[phase]);
    if (at !== null && at >= start) result[phase] = Math.round((at - start) / 60_000);
  }
  return result;
}
