import { describe, expect, it } from "vitest";
import {
  createPostmortemInput,
  emptyFields,
  isFutureDate,
  parseEachField,
  postmortemFields,
  updatePostmortemInput,
} from "@/lib/validation/postmortem";

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

  it("parses each field on its own: valid ones pass, invalid ones are named, missing ones stay out", () => {
    const { values, errors } = parseEachField({ impact: " ok ", sources: [{ title: "x", url: "ftp://x" }], severity: "production", slug: "ignored" });
    expect(values).toEqual({ impact: "ok", severity: "production" });
    expect(Object.keys(errors)).toEqual(["sources.0.url"]);
  });

  it("refuses incident dates in the future, allowing today in every timezone", () => {
    const now = Date.parse("2026-11-22T12:00:00Z");
    expect(isFutureDate("2026-11-22", now)).toBe(false);
    // Already 23 November in Kiribati (UTC+14) from 10:00 UTC on the 22nd.
    expect(isFutureDate("2026-11-23", now)).toBe(false);
    expect(isFutureDate("2026-11-24", now)).toBe(true);
    expect(isFutureDate("2026-11-23", Date.parse("2026-11-22T09:59:00Z"))).toBe(true);
    const far = createPostmortemInput.safeParse({ teamId: 1, title: "Later", incidentDate: "2999-01-01" });
    expect(far.error?.issues[0]).toMatchObject({ path: ["incidentDate"], message: "The incident date is in the future. Enter the day it happened." });
  });

  it("refuses incident dates before 1900", () => {
    const old = createPostmortemInput.safeParse({ teamId: 1, title: "Ancient", incidentDate: "1899-12-31" });
    expect(old.error?.issues[0]).toMatchObject({ path: ["incidentDate"], message: "Enter a date from 1900 onwards." });
    expect(createPostmortemInput.safeParse({ teamId: 1, title: "Old", incidentDate: "1900-01-01" }).success).toBe(true);
  });

  it("refuses exact times in the future and marked steps before the trigger, through the API's field parser too", () => {
    const event = (marker: string, time: string) => ({ at: "x", time, description: "y", marker });
    const timeline = [
      event("trigger", "2026-01-05T10:00Z"),
      event("", "2026-01-05T09:00Z"), // an unmarked event before the trigger is context, not an error
      event("detection", "2026-01-05T09:30Z"),
      event("resolution", "2999-03-05T09:00Z"),
      event("mitigation", "2026-01-05T10:30+01:00"), // 09:30 UTC: before the trigger
    ];
    const { errors } = parseEachField({ timeline });
    expect(errors).toEqual({
      "timeline.2.time": ["The detection comes before the trigger's exact time. Check both times."],
      "timeline.3.time": ["This time is in the future. Enter when it happened."],
      "timeline.4.time": ["The mitigation comes before the trigger's exact time. Check both times."],
    });
    expect(parseEachField({ timeline: [event("trigger", "2026-01-05T10:00Z"), event("resolution", "2026-01-05T12:00Z")] }).errors).toEqual({});
  });
});
