import { describe, expect, it } from "vitest";
import { formatDuration, formatIncidentDate } from "@/lib/format";

describe("format", () => {
  const date = new Date("2017-10-27T00:00:00Z");
  it("shows dates only as precisely as known", () => {
    expect(formatIncidentDate(date, "day")).toBe("27 Oct 2017");
    expect(formatIncidentDate(date, "month")).toBe("Oct 2017");
    expect(formatIncidentDate(date, "year")).toBe("2017");
  });
  it("formats durations", () => {
    expect(formatDuration(null)).toBeNull();
    expect(formatDuration(314)).toBe("5 h 14 min");
    expect(formatDuration(90, true)).toBe("~1 h 30 min");
    expect(formatDuration(1615)).toBe("1 d 2 h 55 min");
  });
});
