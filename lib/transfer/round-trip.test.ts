import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { postmortemRecord } from "@/lib/api/serialize";
import type { PostmortemDetail } from "@/lib/data/postmortems";
import { checkDraft } from "@/lib/transfer/check-draft";
import { documentFromRecord, type ExportSource } from "@/lib/transfer/document-from-record";
import { exportMarkdown } from "@/lib/transfer/export-document";
import type { TaxonomyTerms } from "@/lib/transfer/match-taxonomy";
import { parseImportText } from "@/lib/transfer/parse-file";
import { postmortemInput, type PostmortemFields } from "@/lib/validation/postmortem";
import { ACTION_STATUSES, ACTION_TYPES, PLATFORMS, SEVERITIES, TIMELINE_MARKERS } from "@/lib/validation/vocabulary";

const TAGS = ["dns", "snat", "pod-anti-affinity", "etcd"];
const COMPONENTS = ["coredns", "calico", "kube-apiserver"];
const terms: TaxonomyTerms = {
  tags: TAGS.map((slug) => ({ slug, name: slug.toUpperCase(), synonyms: [] })),
  components: COMPONENTS.map((slug) => ({ slug, name: slug })),
  redirects: new Map(),
};

// Text that YAML and Markdown both have opinions about, mixed with arbitrary Unicode.
const awkward = fc.constantFrom(
  "yes",
  "null",
  "2019-01-01",
  "- item",
  "key: value",
  "#hash",
  "a # comment",
  "'quoted'",
  '"dq"',
  "@at",
  "*star",
  "| pipe",
  "> gt",
  "~",
  "0x1F",
  "1e3",
  "[a]",
  "{b}",
  "---",
  "...",
  "% x",
  "`code`",
  "14:10",
  "<script>x</script>",
);
const text = (max: number) =>
  fc
    .oneof(
      fc.string({ unit: "grapheme", maxLength: Math.min(max, 80) }),
      awkward,
      fc.array(fc.oneof(awkward, fc.string({ unit: "grapheme-ascii", maxLength: 20 })), { maxLength: 4 }).map((parts) => parts.join("\n")),
    )
    .map((s) => s.replace(/\r/g, "").trim().slice(0, max).trim())
    .filter((s) => s.length > 0);
const optional = (max: number) => fc.oneof(fc.constant(""), text(max));
const day = fc
  .date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2025-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const fields: fc.Arbitrary<PostmortemFields> = fc
  .record({
    title: text(200).filter((s) => s.length >= 3),
    incidentDate: day,
    incidentTime: fc.oneof(
      fc.constant(""),
      fc
        .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
        .map(([h, m]) => `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`),
    ),
    durationMinutes: fc.option(fc.integer({ min: 1, max: 525_600 }), { nil: null }),
    severity: fc.constantFrom("", ...SEVERITIES),
    platform: fc.constantFrom(...PLATFORMS),
    kubernetesVersion: fc.constantFrom("", "1.29", "v1.30.2"),
    tags: fc.uniqueArray(fc.constantFrom(...TAGS)),
    components: fc.uniqueArray(fc.constantFrom(...COMPONENTS)),
    summary: optional(400),
    impact: optional(5000),
    trigger: optional(5000),
    rootCause: optional(5000),
    detection: optional(5000),
    resolution: optional(5000),
    timeline: fc.array(fc.record({ at: text(60), description: text(1000), marker: fc.constantFrom("", ...TIMELINE_MARKERS) }), { maxLength: 4 }),
    lessons: fc.array(text(1000), { maxLength: 4 }),
    actionItems: fc.array(
      fc.record({
        type: fc.constantFrom(...ACTION_TYPES),
        description: text(1000),
        owner: optional(100),
        status: fc.constantFrom(...ACTION_STATUSES),
        dueDate: fc.oneof(fc.constant(""), day),
        link: fc.constantFrom("", "https://example.com/ticket/1", "http://tracker.example.org/a?b=c#d"),
      }),
      { maxLength: 3 },
    ),
    sources: fc.array(
      fc.record({ title: text(200), url: fc.constantFrom("https://example.com/post", "https://blog.example.org/2020/01/outage?x=1") }),
      { maxLength: 3 },
    ),
    body: fc.array(text(300), { maxLength: 4 }).map((paragraphs) => paragraphs.join("\n\n")),
    visibility: fc.constant("team" as const),
  })
  // Grapheme edge cases (a combining mark left alone by trimming) can still fall foul of the schema: those are not postmortems.
  .filter((raw) => postmortemInput.safeParse(raw).success)
  .map((raw) => postmortemInput.parse(raw));

/** The row a team postmortem with these fields is stored as (see scalarColumns and childRows). */
const stored = (f: PostmortemFields): ExportSource => ({
  ...f,
  organization: "Team Atlas",
  incidentDate: new Date(`${f.incidentDate}T${f.incidentTime || "00:00"}:00Z`),
  datePrecision: f.incidentTime ? "minute" : "day",
  dateNote: null,
  durationApproximate: false,
  durationNote: null,
  kubernetesVersion: f.kubernetesVersion || null,
  environment: "",
  caveats: [],
  tags: f.tags.map((slug) => ({ slug })),
  components: f.components.map((slug) => ({ slug })),
  timeline: f.timeline.map((e) => ({ ...e, marker: e.marker || null })),
  actionItems: f.actionItems.map((a) => ({
    ...a,
    owner: a.owner || null,
    dueDate: a.dueDate ? new Date(`${a.dueDate}T00:00:00Z`) : null,
    link: a.link || null,
  })),
});

/** The detail record the JSON export is built from (names and categories do not travel; slugs do). */
const detail = (f: PostmortemFields): PostmortemDetail =>
  ({
    ...stored(f),
    slug: "x",
    kind: "team",
    coverage: "retold",
    team: null,
    status: "draft",
    visibility: "team",
    archivedAt: null,
    publishedAt: null,
    publishedBy: null,
    version: 1,
    tags: f.tags.map((slug) => ({ slug, name: slug, category: { slug: "c", name: "C" } })),
    components: f.components.map((slug) => ({ slug, name: slug })),
  }) as unknown as PostmortemDetail;

const sameFields = (original: PostmortemFields) => ({ ...original, tags: [...original.tags].sort(), components: [...original.components].sort() });

describe("export then import", () => {
  it("gives back the same structured fields for any team postmortem, through Markdown", () => {
    fc.assert(
      fc.property(fields, (original) => {
        const markdown = exportMarkdown(documentFromRecord(stored(original)), original.body);
        const imported = checkDraft(parseImportText("exported.md", markdown), terms);
        expect(imported.problems).toEqual([]);
        expect(imported.fields).toEqual(sameFields(original));
      }),
      { numRuns: 200 },
    );
  });

  it("and through JSON (the API record with the narrative and the time of day)", () => {
    fc.assert(
      fc.property(fields, (original) => {
        const time = original.incidentTime ? { incidentTime: original.incidentTime } : {};
        const json = JSON.stringify({ ...postmortemRecord(detail(original), [], []), ...time, body: original.body });
        const imported = checkDraft(parseImportText("exported.json", json), terms);
        expect(imported.problems).toEqual([]);
        expect(imported.fields).toEqual(sameFields(original));
      }),
      { numRuns: 100 },
    );
  });
});
