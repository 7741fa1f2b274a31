/** "2026-11" for the month a date falls in (UTC). */
export const monthOf = (date: Date) => date.toISOString().slice(0, 7);

/** The last `count` months up to and including the month of `now`, oldest first. */
export function lastMonths(now: Date, count: number): string[] {
  return Array.from({ length: count }, (_, i) => monthOf(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - (count - 1 - i), 1))));
}
