import { describe, expect, it } from "vitest";
import { auditDiff, display, fieldLabel } from "@/lib/audit/diff";

describe("auditDiff", () => {
  it("shows lists as added and removed items", () => {
    expect(auditDiff({ tags: ["dns", "snat"], components: ["coredns"] }, { tags: ["dns", "ndots"], components: ["coredns"] })).toEqual([
      { field: "tags", kind: "list", added: ["ndots"], removed: ["snat"] },
      { field: "components", kind: "same", value: "coredns" },
    ]);
  });

  it("shows values as old → new and keeps unchanged fields as context", () => {
    expect(auditDiff({ member: "a@example.test", role: "member" }, { member: "a@example.test", role: "lead" })).toEqual([
      { field: "member", kind: "same", value: "a@example.test" },
      { field: "role", kind: "value", before: "member", after: "lead" },
    ]);
  });

  it("handles creations, deletions and non-object values", () => {
    expect(auditDiff(null, { status: "draft" })).toEqual([{ field: "status", kind: "value", before: "—", after: "draft" }]);
    expect(auditDiff({ archived: false }, { archived: true })).toEqual([{ field: "archived", kind: "value", before: "false", after: "true" }]);
    expect(auditDiff("old", "new")).toEqual([{ field: "value", kind: "value", before: "old", after: "new" }]);
    expect(auditDiff(null, null)).toEqual([]);
    expect(auditDiff({ tags: ["a"] }, null)).toEqual([{ field: "tags", kind: "list", added: [], removed: ["a"] }]);
  });

  it("writes values and field names for people", () => {
    expect(display({ a: 1 })).toBe('{"a":1}');
    expect(display([])).toBe("—");
    expect(fieldLabel("requireSecondReviewer")).toBe("require second reviewer");
    expect(fieldLabel("member_add")).toBe("member add");
  });
});
