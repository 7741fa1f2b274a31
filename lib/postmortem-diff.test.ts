import { describe, expect, it } from "vitest";
import { revisionChanges } from "@/lib/postmortem-diff";
import type { PostmortemFields } from "@/lib/validation/postmortem";

const text = (parts: { value: string; added: boolean; removed: boolean }[], kind: "added" | "removed") =>
  parts
    .filter((p) => p[kind])
    .map((p) => p.value)
    .join("");

describe("revisionChanges", () => {
  it("labels the changed fields, and leaves internal ids out of list entries", () => {
    const item = { type: "mitigate", description: "Scale CoreDNS", owner: "Ann", ownerId: 7, status: "open", dueDate: "", link: "" };
    const before = { rootCause: "", actionItems: [] } as unknown as Partial<PostmortemFields>;
    const after = { rootCause: "ndots:5", actionItems: [item] } as unknown as Partial<PostmortemFields>;
    const changes = revisionChanges(after, before, ["rootCause", "actionItems"]);
    expect(changes.map((c) => c.field)).toEqual(["Root cause", "Action items"]);
    expect(text(changes[1]!.parts, "added")).toBe("mitigate · Scale CoreDNS · Ann · open");
  });

  it("shows the first revision's filled-in fields as added", () => {
    const first = { title: "CoreDNS fell over", summary: "", lessons: ["Set requests"], tags: [] } as unknown as Partial<PostmortemFields>;
    const changes = revisionChanges(first, null, []);
    expect(changes.map((c) => c.field)).toEqual(["Title", "Lessons learned"]);
    expect(changes.every((c) => c.parts.every((p) => p.added))).toBe(true);
  });
});
