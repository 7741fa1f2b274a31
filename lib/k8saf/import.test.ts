import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { importK8sAfList } from "@/lib/k8saf/import";
import { ListFormatError, parseK8sAfList } from "@/lib/k8saf/parse";
import { copyContent } from "@/test/temp-db";

const SHIPPED_LIST = path.resolve(import.meta.dirname, "../../content/k8s-af/README.md");
const SHIPPED_CONTENT = path.resolve(import.meta.dirname, "../../content");
const shipped = fs.readFileSync(SHIPPED_LIST, "utf8");

const ENTRY = `* [A story - Acme - blog post 2020](https://example.com/a)
    * involved: GKE, etcd
    * impact: production outage
`;

describe("parseK8sAfList on the shipped list", () => {
  const { entries, unparsed } = parseK8sAfList(shipped);

  it("reads all 50 entries and nothing else", () => {
    expect(entries).toHaveLength(50);
    expect(unparsed).toEqual([]);
    expect(new Set(entries.map((e) => e.url)).size).toBe(50);
  });

  it("splits titles, organisations and dates, with a month only where the title names one", () => {
    const byOrg = (org: string) => entries.filter((e) => e.organization === org);
    expect(byOrg("Grafana Labs")[0]).toMatchObject({
      title: "How a Production Outage Was Caused Using Kubernetes Pod Priorities",
      format: "",
      published: "2019",
    });
    expect(byOrg("Target")[0]).toMatchObject({ format: "Medium post", published: "2019-01" });
    expect(byOrg("anonymous Fullstaq client")[0]).toMatchObject({ title: "A Kubernetes failure story (dex)", published: "2019-06" });
    expect(byOrg("Google").map((e) => e.published)).toEqual(["2018-09", "2018"]);
    expect(byOrg("Pusher")[0]!.title).toBe("Oh Sh*t! The Config Changed!");
    expect(byOrg("Zalando").find((e) => e.title.startsWith("Build Errors"))!.involved).toEqual(["AWS IAM", "Kubelet", "kube2iam", "--kube-api-qps"]);
    expect(byOrg("MindTickle")[0]!.involved).toEqual(["EKS", "AWS CNI Plugin"]);
  });
});

describe("importK8sAfList", () => {
  let content: ReturnType<typeof copyContent>;
  beforeEach(() => {
    content = copyContent();
  });
  afterEach(() => content.cleanup());
  const listed = () => fs.readdirSync(path.join(content.dir, "listed")).sort();

  it("reproduces the shipped files byte for byte: a re-run changes nothing", () => {
    const summary = importK8sAfList(shipped, content.dir);
    expect(summary).toMatchObject({ added: [], updated: [], removed: [], unparsed: [], duplicates: [] });
    expect(summary.unchanged).toHaveLength(50);
    for (const name of listed()) {
      expect(fs.readFileSync(path.join(content.dir, "listed", name), "utf8"), name).toBe(
        fs.readFileSync(path.join(SHIPPED_CONTENT, "listed", name), "utf8"),
      );
    }
  });

  it("writes every entry into an empty folder, then is idempotent", () => {
    fs.rmSync(path.join(content.dir, "listed"), { recursive: true });
    expect(importK8sAfList(shipped, content.dir).added).toHaveLength(50);
    expect(listed()).toEqual(fs.readdirSync(path.join(SHIPPED_CONTENT, "listed")).sort());
    const again = importK8sAfList(shipped, content.dir);
    expect([again.added, again.updated, again.removed]).toEqual([[], [], []]);
  });

  it("updates a changed entry in place (even when its title changes), adds new ones and removes dropped ones", () => {
    const edited = shipped
      .replace("impact: cascading Pod evictions", "impact: cascading Pod evictions, production outage")
      .replace("[A Perfect DNS Storm - Toyota", "[A Perfect DNS Storm, revisited - Toyota")
      .replace(/\* \[Search and Reporting Outage[^\n]*\n[^\n]*\n[^\n]*\n/, "")
      .replace("# Why", `${ENTRY}\n# Why`);
    const summary = importK8sAfList(edited, content.dir);
    expect(summary.updated.sort()).toEqual([
      "k8saf-grafana-labs-2019-how-a-production-outage-was-caused-using",
      "k8saf-toyota-connected-2018-a-perfect-dns-storm",
    ]);
    expect(summary.added).toEqual(["k8saf-acme-2020-a-story"]);
    expect(summary.removed).toEqual(["k8saf-universe-2017-search-and-reporting-outage"]);
    const grafana = fs.readFileSync(path.join(content.dir, "listed", "k8saf-grafana-labs-2019-how-a-production-outage-was-caused-using.yml"), "utf8");
    expect(grafana).toContain("severity: production");
    expect(importK8sAfList(edited, content.dir).unchanged).toHaveLength(50);
  });

  it("reports a dry run without writing", () => {
    fs.rmSync(path.join(content.dir, "listed"), { recursive: true });
    expect(importK8sAfList(shipped, content.dir, { dryRun: true }).added).toHaveLength(50);
    expect(fs.existsSync(path.join(content.dir, "listed"))).toBe(false);
  });
});

describe("malformed lists", () => {
  it("reports an entry without a link by line number and keeps the others", () => {
    const { entries, unparsed } = parseK8sAfList(
      `# List\n\n${ENTRY}* A story with no link - Acme - blog post 2020\n    * impact: lost\n${ENTRY.replace("/a)", "/b)")}`,
    );
    expect(entries.map((e) => e.url)).toEqual(["https://example.com/a", "https://example.com/b"]);
    expect(unparsed.map((u) => [u.line, u.reason])).toEqual([
      [6, "an entry without a [title](link)"],
      [7, "an involved/impact line outside an entry"],
    ]);
  });

  it("accepts an entry without an involved line, with no terms", () => {
    const { entries, unparsed } = parseK8sAfList("* [A story - Acme - blog post 2020](https://example.com/a)\n    * impact: production outage\n");
    expect(unparsed).toEqual([]);
    expect(entries[0]).toMatchObject({ involved: [], impact: "production outage" });
  });

  it("reports a nested list and unknown sub-items instead of guessing", () => {
    const { entries, unparsed } = parseK8sAfList(`${ENTRY}    * involved: again\n        * deeper item\n    * cause: made up\n`);
    expect(entries).toHaveLength(1);
    expect(entries[0]!.involved).toEqual(["GKE", "etcd"]);
    expect(unparsed.map((u) => u.line)).toEqual([4, 5, 6]);
    expect(unparsed[1]!.reason).toBe("a nested item other than involved: or impact:");
  });

  it("reports a title without organisation and year, and a link that is not http(s)", () => {
    const { unparsed } = parseK8sAfList(`${ENTRY}* [Just a title](https://example.com/x)\n* [A - B - talk 2019](javascript:alert(1))\n`);
    expect(unparsed.map((u) => u.reason)).toEqual(["the title does not end with an organisation and a year", "the link is not an http(s) URL"]);
  });

  it.each([
    ["garbage", "lorem ipsum\n\x00\x01 dolor"],
    ["an empty file", ""],
    ["another Markdown list", "# Shopping\n\n* milk\n* [eggs](https://example.com)\n"],
    ["JSON", JSON.stringify({ entries: [{ title: "A", url: "https://example.com" }] })],
  ])("fails clearly on %s, writing nothing", (_name, text) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "atlas-k8saf-"));
    try {
      expect(() => importK8sAfList(text, dir)).toThrow(ListFormatError);
      expect(() => importK8sAfList(text, dir)).toThrow(/not a k8s\.af list/);
      expect(fs.existsSync(path.join(dir, "listed"))).toBe(false);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
