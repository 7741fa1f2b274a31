import { describe, expect, it } from "vitest";
import { findTrailingComments, frontmatterText } from "@/lib/content/yaml-comments";

const lines = (text: string) => findTrailingComments(text).map((c) => c.line);

describe("findTrailingComments", () => {
  it("flags the Palark case: an issue number after a space in an unquoted value", () => {
    const rows = [
      "resolution: The readiness check was fixed upstream (spotahome/redis-operator PR #206).",
      "timeline:",
      "  - at: 2019-12-02",
      "    description: PR #206 makes the replica wait for a completed sync.",
      "caveats:",
      "  - Reported as issue #205",
    ];
    const columnOfHash = (row: number) => (rows[row - 1] ?? "").indexOf("#") + 1;
    expect(findTrailingComments(rows.join("\n"))).toEqual([1, 4, 6].map((line) => ({ line, column: columnOfHash(line) })));
  });

  it("flags a tab before the # and a comment on a continuation line of a plain value", () => {
    expect(lines("title: one\t#two")).toEqual([1]);
    expect(lines("summary: first line\n  second line #3 is lost")).toEqual([2]);
  });

  it("does not flag quoted values, even with a comment after the closing quote", () => {
    expect(lines(`a: "PR #206"\nb: 'issue #205'\nc: 'it''s #1' # a deliberate comment\nd: "say \\"#1\\" here"`)).toEqual([]);
  });

  it("does not flag quoted values that span lines", () => {
    expect(lines(`a: "first line\n  and #2 continues"\nb: 'one\n  #two'\nc: plain #flagged`)).toEqual([5]);
  });

  it("does not flag block scalars, in mappings and sequences, with any header", () => {
    const text = [
      "items:",
      "  - key: a",
      "    code: |",
      "      # a shell comment",
      "      kubectl get pods # trailing",
      "",
      "      echo #done",
      "    tags: [x]",
      "  - note: >-",
      "      folded #text",
      "    why: after the block #flagged",
      "list:",
      "  - |",
      "    literal #in a sequence",
      "  - plain #flagged",
    ].join("\n");
    expect(lines(text)).toEqual([11, 15]);
  });

  it("does not flag # without a space before it, URLs with fragments, or whole-line comments", () => {
    const text = ["url: https://example.com/page#section", "tag: c#", "# a comment line", "  # an indented comment", "key: # comment, empty value"].join("\n");
    expect(lines(text)).toEqual([]);
  });

  it("does not flag comments after flow collections", () => {
    expect(lines("tags: [a, b] # shared with the checklist")).toEqual([]);
  });

  it("numbers lines from where the frontmatter starts in the file", () => {
    const fm = frontmatterText("---\ntitle: ok\nsummary: cut #here\n---\nBody with #hash")!;
    expect(fm).toEqual({ text: "title: ok\nsummary: cut #here", firstLine: 2 });
    expect(findTrailingComments(fm.text, fm.firstLine)).toEqual([{ line: 3, column: 14 }]);
  });

  it("finds no frontmatter without opening and closing --- lines", () => {
    expect(frontmatterText("title: x")).toBeNull();
    expect(frontmatterText("---\ntitle: x")).toBeNull();
  });
});
