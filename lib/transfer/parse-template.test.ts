import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkDraft } from "@/lib/transfer/check-draft";
import type { TaxonomyTerms } from "@/lib/transfer/match-taxonomy";
import { parseImportText } from "@/lib/transfer/parse-file";

const fixture = (name: string) => parseImportText(name, fs.readFileSync(path.join(import.meta.dirname, "fixtures", name), "utf8"));

const terms: TaxonomyTerms = {
  tags: [
    { slug: "certificate-expiry", name: "Certificate expiry", synonyms: ["expired cert"] },
    { slug: "conntrack", name: "conntrack", synonyms: ["ndots, search domain"] },
  ],
  components: [
    { slug: "cert-manager", name: "cert-manager" },
    { slug: "ingress-nginx", name: "Ingress NGINX" },
  ],
  redirects: new Map([["old-conntrack", "conntrack"]]),
};

describe("the Google SRE book's example postmortem", () => {
  const parsed = fixture("sre-book.md");

  it("reads the title, the date and the **Label:** lines", () => {
    expect(parsed.problems).toEqual([]);
    expect(parsed.fields).toMatchObject({
      title: "Shakespeare Sonnet++ Postmortem (incident #465)",
      incidentDate: "2015-10-21",
      summary: expect.stringMatching(/^Shakespeare Search down for 66 minutes/),
      impact: "Estimated 1.21B queries lost, no revenue impact.",
      rootCause: expect.stringMatching(/^Cascading failure/),
      trigger: "Latent bug triggered by sudden increase in traffic.",
      resolution: expect.stringMatching(/^Directed traffic to sacrificial cluster/),
      detection: "Borgmon detected high level of HTTP 500s and paged on-call.",
    });
  });

  it("reads the action item table, with types, owners, statuses and the bug kept in the description", () => {
    expect(parsed.fields.actionItems).toEqual([
      expect.objectContaining({
        type: "mitigate",
        owner: "jennifer",
        status: "done",
        description: "Update playbook with instructions for responding to cascading failure",
      }),
      expect.objectContaining({
        type: "prevent",
        owner: "martym",
        status: "open",
        description: "Use flux capacitor to balance load between clusters (Bug 5554823)",
      }),
      expect.objectContaining({ type: "process", owner: "docbrown", status: "open" }),
      expect.objectContaining({
        type: "process",
        owner: "docbrown",
        description: "Freeze production until 2015-11-20 due to error budget exhaustion",
      }),
    ]);
    expect(parsed.notes).toContainEqual(expect.stringMatching(/type "other", not one of prevent, detect, mitigate, process; filed as "process"/));
  });

  it("takes every lesson from the sub-headed lists, and the timeline with its day and the book's markers", () => {
    expect(parsed.fields.lessons).toHaveLength(5);
    const timeline = parsed.fields.timeline as { at: string; description: string; marker: string }[];
    expect(timeline[0]).toEqual({ at: "2015-10-21 14:51", marker: "", description: expect.stringMatching(/^News reports/) });
    expect(timeline.map((e) => e.marker)).toEqual(["", "", "trigger", "", "trigger", "mitigation", "resolution"]);
    expect(timeline[2]!.at).toBe("2015-10-21 14:54");
  });

  it("keeps what it cannot map in the narrative, and says so", () => {
    expect(parsed.fields.body).toContain("## Authors\n\njennifer, martym, agoogler");
    expect(parsed.fields.body).toContain("## Supporting information\n\nMonitoring dashboard");
    expect(parsed.notes).toContainEqual('"Authors": no such field; kept in the narrative.');
    expect(parsed.notes).toContainEqual('"Supporting information": no matching field; kept in the narrative.');
  });
});

describe("a PagerDuty-style postmortem", () => {
  const parsed = fixture("pagerduty.md");

  it("maps headings, a marked timeline table, a task list and references", () => {
    expect(parsed.fields).toMatchObject({ title: "Checkout API outage after certificate rotation", severity: "production", durationMinutes: 53 });
    expect(parsed.fields.rootCause).toMatch(/`caBundle` was empty/);
    expect((parsed.fields.timeline as { marker: string }[]).map((e) => e.marker)).toEqual(["trigger", "detection", "diagnosis", "resolution"]);
    expect(parsed.fields.actionItems).toEqual([
      expect.objectContaining({ type: "mitigate", status: "done", owner: "Dana", description: "Restore the certificate secret from backup" }),
      expect.objectContaining({ type: "detect", status: "open", owner: "Lee" }),
      expect.objectContaining({ type: "prevent", status: "open", owner: "" }),
    ]);
    expect(parsed.fields.sources).toEqual([{ title: "cert-manager issue 1234", url: "https://github.com/cert-manager/cert-manager/issues/1234" }]);
    expect(parsed.fields.body).toContain("## What Happened");
  });

  it("matches tags and components through the taxonomy and names the unknown ones; it has no date, so it is refused", () => {
    const checked = checkDraft(parsed, terms);
    expect(checked.notes).toContainEqual(expect.stringMatching(/"Made Up Tag" is not in the taxonomy/));
    expect(checked.fields).toBeNull();
    expect(checked.problems).toContainEqual({
      field: "incidentDate",
      message: expect.stringMatching(/^No date: add a line such as `\*\*Date:\*\* 2026-01-31`/),
    });
  });
});

describe("an Atlassian-style postmortem", () => {
  const parsed = fixture("atlassian.md");

  it("maps renamed sections and keeps a timeline line without a time in the narrative", () => {
    expect(parsed.fields).toMatchObject({
      summary: expect.stringMatching(/^For 2 hours/),
      resolution: expect.stringMatching(/^NodeLocal DNSCache/),
      rootCause: expect.stringMatching(/^A kernel conntrack race/),
    });
    expect(parsed.fields.timeline).toEqual([
      { at: "2023-06-12 08:00 UTC", marker: "trigger", description: "node pool upgrade starts" },
      { at: "2023-06-12 08:40 UTC", marker: "detection", description: "first support ticket about failed payments" },
    ]);
    expect(parsed.fields.body).toContain("## Timeline\n\nsometime in the afternoon: someone restarted CoreDNS");
    expect(parsed.fields.body).toContain("## Five whys");
    expect(parsed.fields.actionItems).toEqual([
      expect.objectContaining({ owner: "Sam", description: "Roll out NodeLocal DNSCache to every cluster" }),
    ]);
  });
});

describe("export-format frontmatter and JSON", () => {
  it("matches tags by name, synonym and old slug, components by name", () => {
    const text =
      "---\ntitle: A test\nincidentDate: 2024-01-02\ntags: [Certificate expiry, expired cert, old-conntrack]\ncomponents: [Ingress NGINX]\n---\n\nBody text.\n";
    const checked = checkDraft(parseImportText("a.md", text), terms);
    expect(checked.problems).toEqual([]);
    expect(checked.fields).toMatchObject({
      title: "A test",
      incidentDate: "2024-01-02",
      tags: ["certificate-expiry", "conntrack"],
      components: ["ingress-nginx"],
      body: "Body text.",
    });
  });

  it("keeps curated-only fields and unknown keys in the narrative", () => {
    const text = "---\ntitle: A test\nincidentDate: 2024-01-02\nenvironment: GKE in europe-west1\ncaveats:\n  - Not checked\nreviewers: [ana]\n---\n";
    const parsed = parseImportText("a.md", text);
    expect(parsed.fields.body).toBe("## Environment\n\nGKE in europe-west1\n\n## Not confirmed\n\n- Not checked\n\n## reviewers\n\n- ana");
    expect(parsed.notes).toHaveLength(3);
  });

  it("names the field and the problem of a bad file", () => {
    expect(parseImportText("a.md", "---\ntitle: [unclosed\n---\n").problems).toEqual([
      { field: "frontmatter", message: expect.stringMatching(/^Not valid YAML/) },
    ]);
    expect(parseImportText("a.json", "{").problems).toEqual([{ field: "(file)", message: expect.stringMatching(/^Not valid JSON/) }]);
    // A list of records given as a string or a list of strings is named, not read as empty records.
    const wrongShape = parseImportText(
      "b.json",
      JSON.stringify({ title: "T", incidentDate: "2026-01-02", timeline: "nope", sources: ["https://x.example"] }),
    );
    expect(wrongShape.problems).toEqual([
      { field: "timeline", message: "timeline must be a list of events, each with at and description." },
      { field: "sources", message: "sources must be a list of sources, each with a title and url." },
    ]);
    expect(parseImportText("a.pdf", "x").problems[0]!.field).toBe("(file name)");
    expect(parseImportText("a.md", "Just some text.").problems).toEqual([
      { field: "title", message: expect.stringMatching(/^No title/) },
      { field: "incidentDate", message: expect.stringMatching(/^No date/) },
    ]);
    const checked = checkDraft(
      parseImportText(
        "a.md",
        "---\ntitle: T1 title\nincidentDate: 2024-13-01\nseverity: awful\nsources: [{ title: x, url: 'javascript:alert(1)' }]\n---\n",
      ),
      terms,
    );
    expect(checked.problems.map((p) => p.field).sort()).toEqual(["incidentDate", "severity", "sources.0.url"]);
    expect(checked.problems).toContainEqual({ field: "severity", message: "Use one of: trivial, non-production, production." });
  });

  it("reads the JSON API record", () => {
    const record = {
      slug: "x",
      title: "From JSON",
      incidentDate: "2023-01-01",
      tags: [{ slug: "conntrack", name: "conntrack" }],
      components: [{ slug: "cert-manager" }],
      timeline: [{ at: "10:00", description: "Start", marker: null }],
      actionItems: [{ type: "detect", description: "Alert", owner: null, status: "open", dueDate: null, link: null }],
      unconfirmed: ["Maybe"],
      body: "Story.",
    };
    const checked = checkDraft(parseImportText("x.json", JSON.stringify(record)), terms);
    expect(checked.fields).toMatchObject({
      title: "From JSON",
      tags: ["conntrack"],
      components: ["cert-manager"],
      timeline: [{ at: "10:00", description: "Start", marker: "" }],
      actionItems: [{ type: "detect", owner: "", dueDate: "", link: "" }],
      body: "Story.\n\n## Not confirmed\n\n- Maybe",
    });
  });
});
