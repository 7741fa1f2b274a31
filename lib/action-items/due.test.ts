import { describe, expect, it } from "vitest";
import { isOverdue, needingAttention } from "@/lib/action-items/due";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const now = new Date("2026-11-22T18:30:00Z");

describe("action items needing attention", () => {
  it("lists open items overdue or due within 3 days, most urgent first", () => {
    const items = [
      { id: 1, status: "open", dueDate: day("2026-11-26") }, // 4 days away: not yet
      { id: 2, status: "open", dueDate: day("2026-11-25") }, // 3 days away
      { id: 3, status: "open", dueDate: day("2026-11-22") }, // today: due, not overdue
      { id: 4, status: "open", dueDate: day("2026-11-21") }, // yesterday: overdue
      { id: 5, status: "done", dueDate: day("2026-11-01") }, // closed
      { id: 6, status: "wont-do", dueDate: day("2026-11-20") },
      { id: 7, status: "open", dueDate: null }, // no date, no reminder
    ];
    expect(needingAttention(items, now).map((i) => [i.id, i.attention])).toEqual([
      [4, "overdue"],
      [3, "due-soon"],
      [2, "due-soon"],
    ]);
  });

  it("counts a due day as not overdue until it has ended in UTC", () => {
    expect(isOverdue({ status: "open", dueDate: day("2026-11-22") }, new Date("2026-11-22T23:59:59Z"))).toBe(false);
    expect(isOverdue({ status: "open", dueDate: day("2026-11-22") }, new Date("2026-11-23T00:00:00Z"))).toBe(true);
    expect(isOverdue({ status: "done", dueDate: day("2026-11-01") }, now)).toBe(false);
  });
});
