import fs from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ContentError } from "@/lib/content/errors";
import { loadContent } from "@/lib/content/load";
import { copyContent } from "@/test/temp-db";

const problemsOf = (dir: string) => {
  try {
    loadContent(dir);
    return [];
  } catch (error) {
    if (error instanceof ContentError) return error.problems.map((p) => `${p.file} ${p.field}: ${p.message}`);
    throw error;
  }
};

describe("listed entries in content validation", () => {
  let content: ReturnType<typeof copyContent>;
  const FILE = "k8saf-grafana-labs-2019-how-a-production-outage-was-caused-using.yml";
  const listedFile = () => path.join(content.dir, "listed", FILE);
  beforeEach(() => {
    content = copyContent();
  });
  afterEach(() => content.cleanup());

  it("ships all 50 k8s.af entries, none claiming a root cause, timeline or lessons", () => {
    const { listed } = loadContent();
    expect(listed).toHaveLength(50);
    for (const { entry, slug } of listed) {
      expect(Object.keys(entry).filter((key) => /root|cause|trigger|timeline|lesson|resolution|detection|summary/i.test(key)), slug).toEqual([]);
      expect(entry.tierRule, slug).toMatch(/^(production|non-production|no tier):/);
      expect(Boolean(entry.severity), slug).toBe(!entry.tierRule.startsWith("no tier"));
    }
  });

  it.each([
    ["rootCause", "rootCause: priorities were set wrongly"],
    ["timeline", "timeline: [{ at: '10:00', description: x }]"],
    ["lessons", "lessons: [Use priorities carefully]"],
    ["summary", "summary: invented"],
  ])("refuses a listed entry that claims a %s", (key, line) => {
    fs.appendFileSync(listedFile(), `${line}\n`);
    expect(problemsOf(content.dir)).toEqual([expect.stringMatching(new RegExp(`^listed/${FILE} : Unrecognized key: "${key}"`))]);
  });

  it("refuses a listed entry without a link, and an unquoted ' #' value", () => {
    const text = fs.readFileSync(listedFile(), "utf8");
    fs.writeFileSync(listedFile(), text.replace(/^url: .*\n/m, "").replace("impact: cascading Pod evictions", "impact: cascading Pod evictions #1"));
    const problems = problemsOf(content.dir);
    expect(problems.some((p) => p.startsWith(`listed/${FILE} url:`))).toBe(true);
    expect(problems.some((p) => p.includes("starts a YAML comment"))).toBe(true);
  });

  it("refuses a mapping to a tag or component the taxonomy lacks", () => {
    fs.appendFileSync(path.join(content.dir, "k8s-af", "mapping.yml"), "  made up term: { tags: [no-such-tag] }\n");
    expect(problemsOf(content.dir)).toEqual(['k8s-af/mapping.yml terms.made up term.tags: unknown tag "no-such-tag"']);
  });
});
