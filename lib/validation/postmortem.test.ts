import { describe, expect, it } from "vitest";
import { createPostmortemInput, emptyFields, postmortemFields, updatePostmortemInput } from "@/lib/validation/postmortem";

describe("postmortem validation", () => {
  it("accepts a minimal draft and fills defaults", () => {
    const parsed = createPostmortemInput.parse({ teamId: "3", title: "DNS fell over", incidentDate: "2026-02-01" });
    expect(parsed).toMatchObject({ teamId: 3, severity: "", visibility: "team", platform: "other", tags: [], body: "" });
  });

  it("names each invalid field by its path", () => {
    const result = postmortemFields.safeParse({
      title: "x",
      incidentDate: "01/02/2026",
      incidentTime: "25:00",
      severity: "catastrophic",
      kubernetesVersion: "latest",
      sources: [{ title: "", url: "javascript:alert(1)" }],
      timeline: [{ at: "", description: "ok" }],
      actionItems: [{ type: "prevent", description: "d", link: "ftp://x" }],
      body: "x".repeat(100_001),
    });
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((i) => i.path.join("."));
    expect(paths).toEqual(
      expect.arrayContaining([
        "title",
        "incidentDate",
        "incidentTime",
        "severity",
        "kubernetesVersion",
        "sources.0.title",
        "sources.0.url",
        "timeline.0.at",
        "actionItems.0.link",
        "body",
      ]),
    );
  });

  it("lets a PATCH leave out fields without resetting them to defaults", () => {
    const patch = updatePostmortemInput.parse({ slug: "a-b", baseVersion: 2, impact: "new impact" });
    expect(patch).toEqual({ slug: "a-b", baseVersion: 2, impact: "new impact" });
    expect(Object.keys(patch)).not.toContain("visibility");
  });

  it("starts the form blank but valid once a title is typed", () => {
    const blank = emptyFields("2026-11-21");
    expect(blank.title).toBe("");
    expect(postmortemFields.safeParse({ ...blank, title: "Typed" }).success).toBe(true);
  });
});
