import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ContentError } from "@/lib/content/errors";
import { syncContent } from "@/lib/content/sync";
import { copyContent, createTempDb } from "@/test/temp-db";

describe("syncContent", () => {
  let temp: ReturnType<typeof createTempDb>;
  let content: ReturnType<typeof copyContent>;
  const ftsMatch = (query: string) =>
    (temp.sqlite.prepare("SELECT p.slug FROM postmortem_fts f JOIN Postmortem p ON p.id = f.rowid WHERE postmortem_fts MATCH ? ORDER BY p.slug").all(query) as { slug: string }[]).map(
      (r) => r.slug,
    );
  const file = (name: string) => path.join(content.dir, "postmortems", name);

  beforeAll(() => {
    temp = createTempDb();
    content = copyContent();
  });
  afterAll(async () => {
    await temp.cleanup();
    content.cleanup();
  });

  it("creates every story and listed entry, then is a no-op on a second run", async () => {
    const files = (folder: string) => fs.readdirSync(path.join(content.dir, folder)).length;
    const stories = files("postmortems") + files("listed");
    const first = await syncContent(temp.db, content.dir);
    expect(first.created).toHaveLength(stories);
    const second = await syncContent(temp.db, content.dir);
    expect(second).toEqual({ created: [], updated: [], unchanged: stories, removed: [], checklists: { written: [], removed: [] } });
    expect(first.checklists.written.length).toBeGreaterThanOrEqual(6);
    const paths = fs.readFileSync(path.join(content.dir, "learn", "paths.yml"), "utf8").match(/^- slug:/gm) ?? [];
    expect(await temp.db.learningPath.count()).toBe(paths.length);
  });

  it("indexes title, body, lessons, tags and components for search", () => {
    expect(ftsMatch('"Pi Day"')).toContain("reddit-2023-pi-day-outage");
    expect(ftsMatch('"ManageForeignRoutingPolicyRules"')).toContain("datadog-2023-multi-region-outage");
    expect(ftsMatch('"anti affinity"')).toContain("moonlight-2019-cpu-kernel-panics");
    expect(ftsMatch('"linkerd"')).toContain("monzo-2017-linkerd-outage");
  });

  it("stores a listed entry with what the list says and nothing invented", async () => {
    const pm = await temp.db.postmortem.findUniqueOrThrow({
      where: { slug: "k8saf-algolia-2019-how-to-kill-the-algolia-dashboard-during-black-friday" },
      include: { lessons: true, timeline: true, actionItems: true, sources: true },
    });
    expect(pm).toMatchObject({ coverage: "listed", kind: "curated", rootCause: "", trigger: "", summary: "", datePrecision: "year", retoldAs: null });
    expect(pm.impact).toBe("high latency, timeouts");
    expect([pm.severity, pm.platform]).toEqual(["", "gke"]);
    expect([pm.lessons, pm.timeline, pm.actionItems]).toEqual([[], [], []]);
    expect(pm.sources.map((s) => s.url)).toEqual(["https://www.youtube.com/watch?v=Fjyg7cxRZQs&list=PLuHdbqhRgWHJg9eOFCl5dgLvVjd_DFz8O&index=3&t=0s"]);
    // Involved terms map to the taxonomy through content/k8s-af/mapping.yml, and the platform follows.
    const zalando = await temp.db.postmortem.findUniqueOrThrow({
      where: { slug: "k8saf-zalando-2019-build-errors-of-continuous-delivery-platform" },
      select: { involved: true, components: { select: { component: { select: { slug: true } } } } },
    });
    expect(JSON.parse(zalando.involved)).toEqual(["AWS IAM", "Kubelet", "kube2iam", "--kube-api-qps"]);
    expect(zalando.components.map((c) => c.component.slug)).toContain("kubelet");
    expect(ftsMatch('"kube2iam"')).toContain("k8saf-zalando-2019-build-errors-of-continuous-delivery-platform");
  });

  it("points a listed entry at the retold story citing the same link, however the link is spelled", async () => {
    // The Jetstack story cites ".../gke-webhook-outage/", the list ".../gke-webhook-outage".
    const listed = await temp.db.postmortem.findUniqueOrThrow({ where: { slug: "k8saf-jetstack-2019-how-a-simple-admission-webhook-lead-to-a-cluster" } });
    expect(listed.retoldAs).toBe("jetstack-2019-opa-webhook-gke-upgrade");
    const nordstrom = await temp.db.postmortem.findUniqueOrThrow({ where: { slug: "k8saf-nordstrom-2017-101-ways-to-crash-your-cluster" } });
    expect(nordstrom.retoldAs).toBeNull();
    // A new retold story citing the Nordstrom talk supersedes the entry on the next sync; the listed file is untouched.
    const listedFile = path.join(content.dir, "listed", "k8saf-nordstrom-2017-101-ways-to-crash-your-cluster.yml");
    const before = fs.readFileSync(listedFile, "utf8");
    const moonlight = fs.readFileSync(file("moonlight-2019-cpu-kernel-panics.mdx"), "utf8");
    fs.writeFileSync(
      file("nordstrom-copy-for-test.mdx"),
      moonlight.replace(/sources:\n/, "sources:\n  - title: Nordstrom talk\n    url: http://youtube.com/watch?v=xZO9nx6GBu0&utm_source=x#t=1\n"),
    );
    const report = await syncContent(temp.db, content.dir);
    expect(report.updated).toEqual(["k8saf-nordstrom-2017-101-ways-to-crash-your-cluster"]);
    expect((await temp.db.postmortem.findUniqueOrThrow({ where: { slug: nordstrom.slug } })).retoldAs).toBe("nordstrom-copy-for-test");
    expect(fs.readFileSync(listedFile, "utf8")).toBe(before);
    fs.rmSync(file("nordstrom-copy-for-test.mdx"));
    await syncContent(temp.db, content.dir);
    expect((await temp.db.postmortem.findUniqueOrThrow({ where: { slug: nordstrom.slug } })).retoldAs).toBeNull();
  });

  it("updates a changed story and its search document", async () => {
    fs.writeFileSync(file("monzo-2017-linkerd-outage.mdx"), fs.readFileSync(file("monzo-2017-linkerd-outage.mdx"), "utf8").replace("## The setup", "## The setup\n\nZebracorn marker paragraph."));
    const report = await syncContent(temp.db, content.dir);
    expect(report.updated).toEqual(["monzo-2017-linkerd-outage"]);
    expect(ftsMatch('"zebracorn"')).toEqual(["monzo-2017-linkerd-outage"]);
  });

  it("removes a deleted story but never touches team postmortems", async () => {
    const team = await temp.db.postmortem.create({
      data: {
        slug: "team-owned-story",
        kind: "team",
        status: "draft",
        visibility: "team",
        title: "Our own outage",
        organization: "Us",
        severity: "production",
        incidentDate: new Date("2026-01-01"),
        platform: "gke",
        summary: "s",
        impact: "i",
        trigger: "t",
        rootCause: "r",
        detection: "d",
        resolution: "r",
      },
    });
    fs.rmSync(file("glasskube-minikube-without-limits.mdx"));
    // Checklists cite the story, so validation refuses to drop it while they do…
    await expect(syncContent(temp.db, content.dir)).rejects.toThrow(ContentError);
    // …and the checklists go too once their files do.
    const checklists = fs.readdirSync(path.join(content.dir, "checklists")).filter((name) => name.endsWith(".mdx")).length;
    fs.rmSync(path.join(content.dir, "checklists"), { recursive: true });
    // Exercises offer checklist controls as checks, so they go with the checklists.
    for (const name of fs.readdirSync(path.join(content.dir, "postmortems"))) {
      fs.writeFileSync(file(name), fs.readFileSync(file(name), "utf8").replace(/\nexercise:\n(?: {2,}.*\n)+/, "\n"));
    }
    // Techniques that help with it name it too.
    for (const name of fs.readdirSync(path.join(content.dir, "techniques"))) {
      const technique = path.join(content.dir, "techniques", name);
      fs.writeFileSync(technique, fs.readFileSync(technique, "utf8").replace(/glasskube-minikube-without-limits, /g, ""));
    }
    const report = await syncContent(temp.db, content.dir);
    expect(report.removed).toEqual(["glasskube-minikube-without-limits"]);
    expect(report.checklists.removed).toHaveLength(checklists);
    expect(await temp.db.checklistItem.count()).toBe(0);
    expect(await temp.db.postmortem.findUnique({ where: { slug: "glasskube-minikube-without-limits" } })).toBeNull();
    expect(await temp.db.postmortem.findUnique({ where: { id: team.id } })).not.toBeNull();
    expect(ftsMatch('"minikube"')).toEqual([]);
  });

  it("writes nothing when a story's MDX does not compile or render", async () => {
    const before = await temp.db.postmortem.findUniqueOrThrow({ where: { slug: "reddit-2023-pi-day-outage" }, select: { body: true } });
    fs.appendFileSync(file("reddit-2023-pi-day-outage.mdx"), "\n<Unclosed>\n");
    fs.appendFileSync(file("datadog-2023-multi-region-outage.mdx"), "\n<NoSuchComponent />\n");
    const error = await syncContent(temp.db, content.dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContentError);
    const problems = (error as ContentError).problems.map((p) => `${p.file} ${p.field}`);
    expect(problems).toEqual(["postmortems/datadog-2023-multi-region-outage.mdx body", "postmortems/reddit-2023-pi-day-outage.mdx body"]);
    const after = await temp.db.postmortem.findUniqueOrThrow({ where: { slug: "reddit-2023-pi-day-outage" }, select: { body: true } });
    expect(after.body).toBe(before.body);
  });
});
