/** Duration ranges for the distribution chart; each story falls in the first whose `below` exceeds its minutes. */
export const DURATION_BUCKETS = [
  { key: "under-30m", label: "Under 30 min", below: 30 },
  { key: "30m-1h", label: "30 min – 1 h", below: 60 },
  { key: "1h-4h", label: "1–4 h", below: 240 },
  { key: "4h-12h", label: "4–12 h", below: 720 },
  { key: "12h-1d", label: "12 h – 1 day", below: 1440 },
  { key: "1d-3d", label: "1–3 days", below: 4320 },
  { key: "over-3d", label: "Over 3 days", below: Infinity },
] as const;

export type DurationBucket = (typeof DURATION_BUCKETS)[number]["key"];

/** The ranges' keys, in order: the values of the browse filter `duration`. */
export const DURATION_KEYS = DURATION_BUCKETS.map((bucket) => bucket.key) as [DurationBucket, ...DurationBucket[]];

export const DURATION_LABELS = Object.fromEntries(DURATION_BUCKETS.map((bucket) => [bucket.key, bucket.label])) as Record<DurationBucket, string>;

export function durationBucket(minutes: number | null): DurationBucket | null {
  if (minutes === null) return null;
  return DURATION_BUCKETS.find((bucket) => minutes < bucket.below)!.key;
}
