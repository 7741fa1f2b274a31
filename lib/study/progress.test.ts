import { describe, expect, it } from "vitest";
import { localMarks, parseLocalProgress, withMark } from "@/lib/study/local-progress";
import { summariseProgress, type StudyTrackRef } from "@/lib/study/progress";

const step = (key: string, categories: string[]) => ({ key, title: key, href: `/${key}`, categories });
const tracks: StudyTrackRef[] = [
  {
    slug: "basics",
    title: "Basics",
    level: "beginner",
    steps: [step("postmortem:a", ["DNS"]), step("technique:t", ["DNS", "Node & OS"]), step("postmortem:b", ["Node & OS"])],
  },
  { slug: "more", title: "More", level: "practitioner", steps: [step("postmortem:b", ["Node & OS"]), step("postmortem:c", ["Security"])] },
];

describe("study progress", () => {
  it("starts at the first step of the first track", () => {
    const summary = summariseProgress(tracks, {});
    expect(summary.nextUp).toMatchObject({ track: "basics", step: { key: "postmortem:a" } });
    expect(summary.tracks).toEqual([
      { slug: "basics", title: "Basics", done: 0, total: 3 },
      { slug: "more", title: "More", done: 0, total: 2 },
    ]);
    expect(summary.studied).toBe(0);
  });

  it("counts per track and per category, an item shared by tracks once per category", () => {
    const summary = summariseProgress(tracks, {
      "postmortem:b": { studied: true, bookmarked: false },
      "technique:t": { studied: false, bookmarked: true },
    });
    expect(summary.tracks.map((t) => t.done)).toEqual([1, 1]);
    expect(summary.categories).toEqual([
      { name: "DNS", done: 0, total: 2 },
      { name: "Node & OS", done: 1, total: 2 },
      { name: "Security", done: 0, total: 1 },
    ]);
    expect(summary.bookmarks.map((b) => b.key)).toEqual(["technique:t"]);
    expect(summary.studied).toBe(1);
  });

  it("continues a track already begun, then finishes with nothing next", () => {
    const begunSecond = summariseProgress(tracks, { "postmortem:c": { studied: true, bookmarked: false } });
    expect(begunSecond.nextUp).toMatchObject({ track: "more", step: { key: "postmortem:b" } });
    const all = Object.fromEntries(
      ["postmortem:a", "technique:t", "postmortem:b", "postmortem:c"].map((k) => [k, { studied: true, bookmarked: false }]),
    );
    expect(summariseProgress(tracks, all).nextUp).toBeNull();
  });
});

describe("progress kept in the browser", () => {
  it("drops malformed storage and items with no mark", () => {
    expect(parseLocalProgress("not json")).toEqual({});
    expect(parseLocalProgress(null)).toEqual({});
    const stored = JSON.stringify({
      "postmortem:a": { studied: true },
      "evil:x": { studied: true },
      "technique:t": { studied: false, bookmarked: false },
      "postmortem:b": "yes",
    });
    expect(parseLocalProgress(stored)).toEqual({ "postmortem:a": { studied: true, bookmarked: false } });
  });

  it("sets and clears marks, and lists them for import", () => {
    const one = withMark({}, "technique", "t", { bookmarked: true });
    const two = withMark(one, "postmortem", "a", { studied: true });
    expect(localMarks(two)).toEqual([
      { kind: "technique", slug: "t", studied: false, bookmarked: true },
      { kind: "postmortem", slug: "a", studied: true, bookmarked: false },
    ]);
    expect(withMark(two, "technique", "t", { bookmarked: false })).toEqual({ "postmortem:a": { studied: true, bookmarked: false } });
  });
});
