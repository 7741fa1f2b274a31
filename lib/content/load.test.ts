import fs from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ContentError } from "@/lib/content/errors";
import { loadContent } from "@/lib/content/load";
import { timeTo } from "@/lib/timeline/time-to";
import { copyContent } from "@/test/temp-db";

const problemsOf = (dir: string) => {
  try {
    loadContent(dir);
  } catch (error) {
    if (error instanceof ContentError) return error.problems;
    throw error;
  }
  throw new Error("expected a ContentError");
};

describe("the shipped content", () => {
  const content = loadContent();

  it("has the ten named stories and the two Glasskube trivial ones", () => {
    const orgs = content.postmortems.map((pm) => pm.frontmatter.organization);
    for (const org of ["Moonlight", "Jetstack", "MindTickle", "JW Player", "loveholidays", "Skyscanner", "Monzo", "Palark", "Datadog", "Reddit"]) {
      expect(orgs.some((o) => o.startsWith(org)), org).toBe(true);
    }
    expect(content.postmortems.filter((pm) => pm.frontmatter.severity === "trivial").map((pm) => pm.slug).sort()).toEqual([
      "glasskube-eks-without-node-group",
      "glasskube-minikube-without-limits",
    ]);
  });

  it("keeps the checked facts: tiers, dates and durations", () => {
    const bySlug = new Map(content.postmortems.map((pm) => [pm.slug, pm.frontmatter]));
    expect(bySlug.get("jetstack-2019-opa-webhook-gke-upgrade")?.severity).toBe("non-production");
    expect(bySlug.get("jw-player-2018-cryptominer")?.severity).toBe("non-production");
    expect(bySlug.get("loveholidays-2020-gke-ip-exhaustion")?.severity).toBe("non-production");
    expect(bySlug.get("reddit-2023-pi-day-outage")?.durationMinutes).toBe(314);
    expect(bySlug.get("skyscanner-2021-global-outage")?.durationMinutes).toBe(270);
    expect(bySlug.get("datadog-2023-multi-region-outage")?.incidentDate.toISOString().slice(0, 10)).toBe("2023-03-08");
    expect(bySlug.get("monzo-2017-linkerd-outage")?.incidentDate.toISOString().slice(0, 10)).toBe("2017-10-27");
    // Corrections from the research notes.
    expect(bySlug.get("mindtickle-2020-eks-snat")?.resolution).toContain("AWS_VPC_K8S_CNI_EXTERNALSNAT=true");
    const jetstack = fs.readFileSync(path.join("content/postmortems/jetstack-2019-opa-webhook-gke-upgrade.mdx"), "utf8");
    expect(jetstack).not.toMatch(/failurePolicy\s*[:=]\s*Fail/);
    expect(bySlug.get("palark-redis-operator-data-loss")?.caveats.length).toBeGreaterThan(0);
  });

  it("links every story to at least one original source", () => {
    for (const pm of content.postmortems) expect(pm.frontmatter.sources.length, pm.slug).toBeGreaterThan(0);
  });

  it("gives every retold story a root cause, at least three lessons and a timeline", () => {
    for (const pm of content.postmortems) {
      expect(pm.frontmatter.rootCause.trim(), pm.slug).not.toBe("");
      expect(pm.frontmatter.lessons.length, pm.slug).toBeGreaterThanOrEqual(3);
      expect(pm.frontmatter.timeline.length, pm.slug).toBeGreaterThan(0);
    }
  });

  it("keeps exact timeline times in story order and measures time to detect from them", () => {
    for (const pm of content.postmortems) {
      const times = pm.frontmatter.timeline.flatMap((e) => (e.time ? [Date.parse(e.time)] : []));
      expect(times, pm.slug).toEqual([...times].sort((a, b) => a - b));
    }
    const datadog = content.postmortems.find((pm) => pm.slug === "datadog-2023-multi-region-outage")!;
    expect(timeTo(datadog.frontmatter.timeline.map((e) => ({ marker: e.marker ?? null, time: e.time ?? null })))).toEqual({
      detect: 3,
      mitigate: 193,
      resolve: 26 * 60 + 58,
    });
  });

  it("cites every retold story from at least one checklist control", () => {
    const cited = new Set(content.checklists.flatMap((checklist) => checklist.frontmatter.items.flatMap((item) => item.postmortems)));
    const uncited = content.postmortems.map((pm) => pm.slug).filter((slug) => !cited.has(slug));
    expect(uncited).toEqual([]);
  });
});

describe("invalid content", () => {
  let content: ReturnType<typeof copyContent>;
  beforeEach(() => {
    content = copyContent();
  });
  afterEach(() => content.cleanup());

  const edit = (file: string, change: (text: string) => string) => {
    const target = path.join(content.dir, file);
    fs.writeFileSync(target, change(fs.readFileSync(target, "utf8")));
  };

  it("names the file, the field and the problem", () => {
    edit("postmortems/monzo-2017-linkerd-outage.mdx", (t) => t.replace("severity: production", "severity: catastrophic"));
    // A story that fails validation also breaks references to it (a learning path may cite it), so look for its own problem.
    expect(problemsOf(content.dir)).toContainEqual(
      expect.objectContaining({ file: "postmortems/monzo-2017-linkerd-outage.mdx", field: "frontmatter.severity" }),
    );
  });

  it("refuses an exact timeline time without an offset", () => {
    edit("postmortems/monzo-2017-linkerd-outage.mdx", (t) => t.replace('time: "2017-10-27T14:12+01:00"', 'time: "2017-10-27 14:12"'));
    expect(problemsOf(content.dir)).toContainEqual(
      expect.objectContaining({ file: "postmortems/monzo-2017-linkerd-outage.mdx", field: "frontmatter.timeline.3.time" }),
    );
  });

  it("reports unknown tags and components", () => {
    edit("postmortems/monzo-2017-linkerd-outage.mdx", (t) => t.replace("components: [linkerd,", "components: [no-such-component,").replace("tags: [stale-endpoints", "tags: [no-such-tag"));
    const fields = problemsOf(content.dir).map((p) => `${p.field}: ${p.message}`);
    expect(fields).toEqual(expect.arrayContaining([`frontmatter.tags.0: unknown tag "no-such-tag"`, `frontmatter.components.0: unknown component "no-such-component"`]));
  });

  it("fails when a checklist item cites a postmortem or tag that does not exist, or repeats a key", () => {
    edit("checklists/admission-webhooks.mdx", (t) =>
      t
        .replace("postmortems: [jetstack-2019-opa-webhook-gke-upgrade]", "postmortems: [no-such-story]")
        .replace("tags: [admission-webhook]", "tags: [no-such-tag]")
        .replace("key: scope-resources", "key: exclude-kube-system"),
    );
    const fields = problemsOf(content.dir).map((p) => `${p.file} ${p.field}: ${p.message}`);
    expect(fields).toEqual([
      'checklists/admission-webhooks.mdx frontmatter.items.0.postmortems.0: unknown postmortem "no-such-story"',
      'checklists/admission-webhooks.mdx frontmatter.items.0.tags.0: unknown tag "no-such-tag"',
      'checklists/admission-webhooks.mdx frontmatter.items.1.key: duplicate key "exclude-kube-system"',
    ]);
  });

  it("names the file and line where an unquoted value is cut short by a ` #` comment", () => {
    edit("postmortems/monzo-2017-linkerd-outage.mdx", (t) => t.replace(/^trigger: (.*)$/m, "trigger: $1 See issue #205."));
    edit("taxonomy/categories.yml", (t) => t.replace(/^(\s*description: )(.*)$/m, "$1$2 #1"));
    const line = (file: string, pattern: RegExp) =>
      fs
        .readFileSync(path.join(content.dir, file), "utf8")
        .split("\n")
        .findIndex((l) => pattern.test(l)) + 1;
    expect(problemsOf(content.dir).map((p) => `${p.file} ${p.field}`)).toEqual([
      `taxonomy/categories.yml line ${line("taxonomy/categories.yml", / #1$/)}`,
      `postmortems/monzo-2017-linkerd-outage.mdx line ${line("postmortems/monzo-2017-linkerd-outage.mdx", /^trigger: /)}`,
    ]);
  });

  it("reports a checklist item without a way to check it", () => {
    edit("checklists/node-os.mdx", (t) => t.replace("      kind: config\n      lang: ini\n", "      kind: guesswork\n      lang: ini\n"));
    expect(problemsOf(content.dir).map((p) => `${p.file} ${p.field}`)).toEqual(["checklists/node-os.mdx frontmatter.items.0.check.kind"]);
  });

  it("reports broken YAML, missing fields and a bad file name together", () => {
    fs.writeFileSync(path.join(content.dir, "postmortems/broken.mdx"), "---\ntitle: [unclosed\n---\nbody");
    fs.writeFileSync(path.join(content.dir, "postmortems/Bad_Name.mdx"), "---\ntitle: Only a title\n---\nbody");
    const problems = problemsOf(content.dir);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ file: "postmortems/broken.mdx", field: "frontmatter" }),
        expect.objectContaining({ file: "postmortems/Bad_Name.mdx", field: "(file name)" }),
        expect.objectContaining({ file: "postmortems/Bad_Name.mdx", field: "frontmatter.severity" }),
      ]),
    );
  });

  it("rejects unknown frontmatter keys and non-http source URLs", () => {
    edit("postmortems/monzo-2017-linkerd-outage.mdx", (t) =>
      t.replace("platform: self-managed", "platform: self-managed\nplatfrom: typo").replace("url: https://community.monzo.com", "url: javascript://community.monzo.com"),
    );
    const fields = problemsOf(content.dir).map((p) => p.field);
    expect(fields).toEqual(expect.arrayContaining(["frontmatter", "frontmatter.sources.0.url"]));
  });

  it("rejects an exercise distractor from another category, or one the content says would have helped", () => {
    // A Job story (Scheduling & resources) offered an admission-webhook check (Control plane & admission).
    edit("postmortems/universe-2017-job-restart-policy.mdx", (t) =>
      t.replace("    - technique:pending-pods-and-scheduler-events\n", "    - technique:admission-webhook-debugging\n"),
    );
    // kubectl debug lists MindTickle among the stories it helps with, so it cannot be a wrong answer there.
    edit("postmortems/mindtickle-2020-eks-snat.mdx", (t) => t.replace("    - technique:conntrack-table\n", "    - technique:kubectl-debug-ephemeral-containers\n"));
    expect(problemsOf(content.dir).map((p) => `${p.file} ${p.field}: ${p.message}`)).toEqual([
      "postmortems/mindtickle-2020-eks-snat.mdx frontmatter.exercise.distractors.1: " +
        'distractor "technique:kubectl-debug-ephemeral-containers" lists the story "mindtickle-2020-eks-snat" among those it helps with; it is a right check, not a distractor',
      "postmortems/universe-2017-job-restart-policy.mdx frontmatter.exercise.distractors.0: " +
        'distractor "technique:admission-webhook-debugging" shares no category with the story "universe-2017-job-restart-policy" ' +
        "(story: scheduling-resources; distractor: control-plane-admission); pick a check from the story's own categories",
    ]);
  });

  it("keeps an exercise's shown events before the first detection or diagnosis, and shows none without either marker", () => {
    edit("postmortems/mindtickle-2020-eks-snat.mdx", (t) => t.replace("  shownEvents: 2\n", "  shownEvents: 3\n"));
    edit("postmortems/nu-nl-2019-elastalert-node-oom.mdx", (t) => t.replace("    marker: detection\n", "").replace("    marker: diagnosis\n", ""));
    expect(problemsOf(content.dir).map((p) => `${p.file} ${p.field}: ${p.message}`)).toEqual([
      "postmortems/mindtickle-2020-eks-snat.mdx frontmatter.exercise.shownEvents: must be at most 2: later events come after the first detection or diagnosis",
      "postmortems/nu-nl-2019-elastalert-node-oom.mdx frontmatter.exercise.shownEvents: " +
        "must be at most 0: the timeline has no detection or diagnosis marker, so none of its events may be shown",
    ]);
  });

  it("checks learning-path references and taxonomy categories", () => {
    edit("learn/paths.yml", (t) => t.replace("postmortem: glasskube-eks-without-node-group", "postmortem: gone"));
    edit("taxonomy/tags.yml", (t) => t.replace("category: networking", "category: nowhere"));
    const fields = problemsOf(content.dir).map((p) => `${p.file} ${p.field}`);
    expect(fields).toEqual(expect.arrayContaining(["learn/paths.yml 0.steps.0.postmortem", "taxonomy/tags.yml 0.category"]));
  });
});
