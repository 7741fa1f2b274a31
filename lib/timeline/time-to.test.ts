import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { exactTime, fromUtcInput, toUtcInput } from "@/lib/timeline/exact-time";
import { timeTo, type TimedEvent } from "@/lib/timeline/time-to";

const at = (marker: string | null, time: string | null): TimedEvent => ({ marker, time });

describe("timeTo", () => {
  it("measures each phase from the trigger, across offsets", () => {
    const events = [
      at("trigger", "2017-10-27T14:10+01:00"),
      at(null, "2017-10-27T13:20Z"),
      at("detection", "2017-10-27T13:25Z"),
      at("mitigation", "2017-10-27T08:40-05:00"),
      at("resolution", "2017-10-28T13:10Z"),
    ];
    expect(timeTo(events)).toEqual({ detect: 15, mitigate: 30, resolve: 24 * 60 });
  });

  it("knows nothing without an exact trigger time", () => {
    expect(timeTo([at("trigger", null), at("detection", "2020-01-01T00:10Z")])).toEqual({ detect: null, mitigate: null, resolve: null });
    expect(timeTo([at("detection", "2020-01-01T00:10Z")])).toEqual({ detect: null, mitigate: null, resolve: null });
  });

  it("uses the first marker of each kind and ignores markers before the trigger", () => {
    const events = [
      at("detection", "2020-01-01T00:00Z"),
      at("trigger", "2020-01-01T01:00Z"),
      at("resolution", "2020-01-01T03:00Z"),
      at("resolution", "2020-01-01T02:00Z"),
    ];
    expect(timeTo(events)).toEqual({ detect: null, mitigate: null, resolve: 60 });
  });

  it("is the difference of the exact times for any order of events", () => {
    const minute = fc.integer({ min: 0, max: 100_000 });
    fc.assert(
      fc.property(minute, minute, (start, later) => {
        const iso = (m: number) => new Date(Date.UTC(2020, 0, 1) + m * 60_000).toISOString();
        const events = [at("resolution", iso(start + later)), at("trigger", iso(start))];
        expect(timeTo(events).resolve).toBe(later);
      }),
    );
  });
});

describe("exact times", () => {
  it("accepts ISO 8601 with an offset and refuses the rest", () => {
    for (const ok of ["2017-10-27T14:10+01:00", "2017-10-27T14:10:05Z", "2023-03-08T06:00:00.000-05:00"])
      expect(exactTime.safeParse(ok).success).toBe(true);
    for (const bad of ["2017-10-27T14:10", "2017-10-27 14:10Z", "14:10 UTC", "2017-02-30T10:00Z", ""])
      expect(exactTime.safeParse(bad).success).toBe(false);
  });

  it("round-trips a UTC date-time input", () => {
    expect(fromUtcInput("2026-11-02T14:10")).toBe("2026-11-02T14:10Z");
    expect(fromUtcInput("")).toBe("");
    expect(toUtcInput("2017-10-27T14:10+01:00")).toBe("2017-10-27T13:10");
    expect(toUtcInput("")).toBe("");
  });
});
