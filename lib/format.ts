import type { DatePrecision } from "@/lib/validation/vocabulary";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** Formats an incident date only as precisely as the source supports. */
export function formatIncidentDate(date: Date, precision: DatePrecision | string): string {
  const year = date.getUTCFullYear();
  if (precision === "year") return String(year);
  const month = MONTHS[date.getUTCMonth()];
  if (precision === "month") return `${month} ${year}`;
  const day = `${date.getUTCDate()} ${month} ${year}`;
  return precision === "minute" ? `${day}, ${date.toISOString().slice(11, 16)} UTC` : day;
}

export function formatDuration(minutes: number | null, approximate = false): string | null {
  if (minutes === null) return null;
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const mins = minutes % 60;
  const parts = [days && `${days} d`, hours && `${hours} h`, mins && `${mins} min`].filter(Boolean);
  return `${approximate ? "~" : ""}${parts.join(" ")}`;
}

export const isoDate = (date: Date) => date.toISOString().slice(0, 10);

/** A moment as "2026-11-22 14:05 UTC": unambiguous for a team spread over time zones. */
export const formatDateTime = (date: Date) => `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;
