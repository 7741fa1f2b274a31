import matter from "gray-matter";
import { describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import { postmortemFrontmatter, type PostmortemFrontmatter } from "@/lib/content/schema";
import { documentFromRecord, type ExportSource } from "@/lib/transfer/document-from-record";
import { exportMarkdown } from "@/lib/transfer/export-document";

/** A curated story as the content sync stores it (tags and components become sets of rows). */
const stored = (f: PostmortemFrontmatter): ExportSource => ({
  ...f,
  dateNote: f.dateNote ?? null,
  durationNote: f.durationNote ?? null,
  kubernetesVersion: null,
  tags: f.tags.map((slug) => ({ slug })),
  components: f.components.map((slug) => ({ slug })),
  timeline: f.timeline.map((e) => ({ ...e, time: e.time ?? null, marker: e.marker ?? null })),
  actionItems: f.actionItems.map((a) => ({ ...a, owner: a.owner ?? null, dueDate: a.dueDate ?? null, link: a.link ?? null })),
});

// A story's study exercise (which checks would have found it) is study-mode data, not part of the postmortem record
// the API and exports carry; exports leave it out.
const asSets = (f: PostmortemFrontmatter) => ({ ...f, exercise: undefined, tags: [...f.tags].sort(), components: [...f.components].sort() });

describe("exporting the curated stories", () => {
  const { postmortems } = loadContent();

  it.each(postmortems.map((pm) => [pm.slug, pm] as const))("%s exports in the content format, validates and keeps every field", (_slug, pm) => {
    const exported = exportMarkdown(documentFromRecord(stored(pm.frontmatter)), pm.body);
    const reread = matter(exported, {});
    // The same schema lib/content validates content/postmortems/*.mdx with.
    const parsed = postmortemFrontmatter.parse(reread.data);
    expect(asSets(parsed)).toEqual(asSets(pm.frontmatter));
    // The narrative is the file's own MDX, byte for byte.
    expect(reread.content).toBe(pm.body);
    // And the format is stable: exporting what was exported gives the same bytes.
    expect(exportMarkdown(documentFromRecord(stored(parsed)), reread.content)).toBe(exported);
  });

  it("writes the frontmatter in the curated files' style", () => {
    const pm = postmortems.find((p) => p.slug === "adevinta-2019-kiam-credential-latency")!;
    const exported = exportMarkdown(documentFromRecord(stored(pm.frontmatter)), pm.body);
    expect(exported).toMatch(
      /^---\ntitle: Not DNS, not Kubernetes .*\norganization: Adevinta\nseverity: production\nincidentDate: 2019-10-14\ndatePrecision: month\n/,
    );
    expect(exported).toContain("\ntags: [misleading-signal, pod-iam-credentials]\ncomponents: [aws-sdk-java, kiam]\n");
    expect(exported).toContain('\ntimeline:\n  - at: "Mid-October 2019"\n    description: ');
    expect(exported).toContain("\n---\n\n## A migration that looked like it broke latency\n");
  });
});
