/** Items due within this many days (today included) need attention, like overdue ones. */
export const DUE_SOON_DAYS = 3;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Due dates are calendar days stored at UTC midnight: today starts at this instant. */
export const startOfUtcDay = (now: Date) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));

/** An open item whose due day is before today. */
export const isOverdue = (item: { status: string; dueDate: Date | null }, now: Date) =>
  item.status === "open" && item.dueDate !== null && item.dueDate < startOfUtcDay(now);

/** The last due day (exclusive bound) that still counts as "due soon". */
export const attentionCutoff = (now: Date) => new Date(startOfUtcDay(now).getTime() + (DUE_SOON_DAYS + 1) * DAY_MS);

export type Attention = "overdue" | "due-soon";

/**
 * The open items that need a reminder: overdue, or due within DUE_SOON_DAYS days. Pure, so the notification
 * worker decides when to run it and the rule is tested without a clock. Most urgent first.
 */
export function needingAttention<T extends { status: string; dueDate: Date | null }>(items: T[], now: Date): (T & { attention: Attention })[] {
  const cutoff = attentionCutoff(now);
  return items
    .filter((item) => item.status === "open" && item.dueDate !== null && item.dueDate < cutoff)
    .map((item) => ({ ...item, attention: isOverdue(item, now) ? ("overdue" as const) : ("due-soon" as const) }))
    .sort((a, b) => a.dueDate!.getTime() - b.dueDate!.getTime());
}
