import { describe, expect, it } from "vitest";
import { lastMonths, monthOf } from "@/lib/insights/months";

describe("team insight months", () => {
  it("counts back across a year boundary, oldest first", () => {
    expect(lastMonths(new Date("2026-02-28T23:59:00Z"), 4)).toEqual(["2025-11", "2025-12", "2026-01", "2026-02"]);
  });

  it("reads the month in UTC", () => {
    expect(monthOf(new Date("2026-03-31T23:30:00-02:00"))).toBe("2026-04");
  });
});
