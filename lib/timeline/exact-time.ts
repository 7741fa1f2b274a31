import { z } from "zod";

const MESSAGE = "Enter an exact time as ISO 8601 with an offset, e.g. 2017-10-27T14:10+01:00.";

/** An exact time: ISO 8601 date and time with an offset (`Z` or ±hh:mm), seconds optional. */
export const exactTime = z.union([z.iso.datetime({ offset: true, precision: -1 }), z.iso.datetime({ offset: true })], { message: MESSAGE });

/** `2026-11-02T14:10` from a `datetime-local` input, read as UTC, stored with its offset. */
export function fromUtcInput(value: string): string {
  return value ? `${value}Z` : "";
}

/** The UTC value a `datetime-local` input shows for a stored exact time ("" when there is none). */
export function toUtcInput(time: string): string {
  const ms = Date.parse(time);
  return Number.isNaN(ms) ? "" : new Date(ms).toISOString().slice(0, 16);
}
