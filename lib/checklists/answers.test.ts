import { describe, expect, it } from "vitest";
import { compareAnswers, EMPTY_ANSWER, runProgress, type AnswerStatus } from "@/lib/checklists/answers";
import { runToMarkdown } from "@/lib/checklists/markdown";

const answer = (status: AnswerStatus, note = "", owner = "") => ({ status, note, owner, version: 1 });

describe("runProgress", () => {
  it("counts each status; unknown is an answer, only unanswered items are not", () => {
    const p = runProgress([answer("done"), answer("not_done"), answer("not_applicable"), answer("unknown"), EMPTY_ANSWER]);
    expect(p).toEqual({ counts: { unanswered: 1, done: 1, not_done: 1, not_applicable: 1, unknown: 1 }, total: 5, answered: 4, percent: 80 });
    expect(runProgress([]).percent).toBe(0);
  });

  it("starts every item as not answered, not unknown", () => {
    expect(EMPTY_ANSWER.status).toBe("unanswered");
    expect(runProgress([EMPTY_ANSWER, EMPTY_ANSWER]).counts).toMatchObject({ unanswered: 2, unknown: 0 });
  });
});

describe("compareAnswers", () => {
  it("lists items whose status, note or owner changed, an item without an answer being not answered", () => {
    const items = [
      { key: "a", control: "A" },
      { key: "b", control: "B" },
      { key: "c", control: "C" },
    ];
    const before = new Map([
      ["a", answer("not_done")],
      ["b", answer("done", "ok")],
    ]);
    const after = new Map([
      ["a", answer("done")],
      ["b", answer("done", "ok")],
      ["c", answer("unknown", "", "sam")],
    ]);
    expect(compareAnswers(items, before, after)).toEqual([
      { key: "a", control: "A", before: answer("not_done"), after: answer("done") },
      { key: "c", control: "C", before: EMPTY_ANSWER, after: answer("unknown", "", "sam") },
    ]);
  });
});

describe("runToMarkdown", () => {
  it("summarises, lists failed items with their incidents, and escapes table cells", () => {
    const md = runToMarkdown(
      {
        checklist: { title: "Admission webhooks", slug: "admission-webhooks" },
        team: "Platform",
        target: "prod-eu",
        updatedAt: new Date("2026-11-22T10:00:00Z"),
        items: [
          {
            key: "x",
            control: "Exclude kube-system",
            answer: answer("not_done", "two | webhooks\nleft", "ana"),
            postmortems: [{ slug: "jetstack", title: "Jetstack" }],
          },
          { key: "y", control: "Liveness", answer: answer("done"), postmortems: [] },
          { key: "z", control: "Probes", answer: EMPTY_ANSWER, postmortems: [] },
          { key: "w", control: "Budgets", answer: answer("unknown"), postmortems: [] },
        ],
      },
      "https://atlas.example",
    );
    expect(md).toContain("# Admission webhooks — prod-eu");
    expect(md).toContain("**3 of 4 answered (75%)** — done 1, not done 1, not applicable 0, unknown 1, not answered 1.");
    expect(md).toContain("| Probes | Not answered | — | — |");
    expect(md).toContain("| Budgets | Unknown | — | — |");
    expect(md).toContain(
      "- **Exclude kube-system** (owner: ana) — two \\| webhooks left\n  Why it matters: [Jetstack](https://atlas.example/postmortems/jetstack)",
    );
    expect(md).toContain("| Exclude kube-system | Not done | ana | two \\| webhooks left |");
  });

  it("keeps what people typed as text: HTML and Markdown in the target, team, owner and note are escaped", () => {
    const md = runToMarkdown(
      {
        checklist: { title: "Admission webhooks", slug: "admission-webhooks" },
        team: "Ops_*team*",
        target: "prod-eu cluster <b>x</b>",
        updatedAt: new Date("2026-11-22T10:00:00Z"),
        items: [{ key: "x", control: "Exclude kube-system", answer: answer("not_done", "see [here](javascript:x)", "<i>ana</i>"), postmortems: [] }],
      },
      "https://atlas.example",
    );
    expect(md).toContain("# Admission webhooks — prod-eu cluster \\<b\\>x\\</b\\>");
    expect(md).toContain("Team: Ops\\_\\*team\\* ·");
    expect(md).toContain("(owner: \\<i\\>ana\\</i\\>) — see \\[here\\]\\(javascript:x\\)");
    expect(md).not.toMatch(/[^\\]<b>/);
  });
});
