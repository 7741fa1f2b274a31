import { z } from "zod";
import { exactTime } from "@/lib/timeline/exact-time";
import {
  ACTION_STATUSES,
  ACTION_TYPES,
  DATE_PRECISIONS,
  PLATFORMS,
  SEVERITIES,
  SLUG_PATTERN,
  TIMELINE_MARKERS,
} from "@/lib/validation/vocabulary";

const text = z.string().trim().min(1, "must not be empty");
const slug = z.string().regex(SLUG_PATTERN, "must be a lowercase slug like `pod-anti-affinity`");
const httpUrl = z.url({ protocol: /^https?$/, message: "must be an http(s) URL" });

// YAML turns `2019-01-18` into a Date; accept that or the ISO string, and keep a UTC Date.
const isoDate = z.union([z.date(), z.iso.date("must be an ISO date (YYYY-MM-DD)")]).transform((value) => {
  const date = typeof value === "string" ? new Date(`${value}T00:00:00Z`) : value;
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
});

export const categoryEntry = z.strictObject({ slug, name: text, description: text });
export const tagEntry = z.strictObject({
  slug,
  name: text,
  category: slug,
  description: text,
  synonyms: z.array(text).default([]),
});
export const componentEntry = z.strictObject({ slug, name: text, description: text });

export const taxonomyFiles = {
  categories: z.array(categoryEntry).min(1),
  tags: z.array(tagEntry).min(1),
  components: z.array(componentEntry).min(1),
};

/** A check an exercise offers: a technique (`technique:<slug>`) or a checklist control (`control:<checklist>/<key>`). */
export const CHECK_REF_PATTERN = /^(technique:[a-z0-9-]+|control:[a-z0-9-]+\/[a-z0-9-]+)$/;
const checkRef = z.string().regex(CHECK_REF_PATTERN, "must be `technique:<slug>` or `control:<checklist>/<key>`");

/**
 * "What would you check?": how many timeline events the reader sees before the reveal (validated against the
 * markers in load.ts), the checks that would have found the cause, and plausible distractors.
 */
export const exerciseFrontmatter = z.strictObject({
  shownEvents: z.number().int().min(0),
  checks: z.array(checkRef).min(1, "needs at least one check that would have found it"),
  distractors: z.array(checkRef).min(2, "needs at least two distractors"),
});
export type ExerciseFrontmatter = z.infer<typeof exerciseFrontmatter>;

export const postmortemFrontmatter = z.strictObject({
  title: text,
  organization: text,
  severity: z.enum(SEVERITIES),
  incidentDate: isoDate,
  datePrecision: z.enum(DATE_PRECISIONS).default("day"),
  dateNote: text.optional(),
  durationMinutes: z.number().int().positive().nullable(),
  durationApproximate: z.boolean().default(false),
  durationNote: text.optional(),
  platform: z.enum(PLATFORMS),
  environment: text,
  summary: text.max(400, "must be at most 400 characters"),
  impact: text,
  trigger: text,
  rootCause: text,
  detection: text,
  resolution: text,
  tags: z.array(slug).min(1, "needs at least one tag"),
  components: z.array(slug).default([]),
  caveats: z.array(text).default([]),
  timeline: z
    .array(z.strictObject({ at: text, time: exactTime.optional(), description: text, marker: z.enum(TIMELINE_MARKERS).optional() }))
    .min(1, "needs at least one event"),
  lessons: z.array(text).min(1, "needs at least one lesson"),
  actionItems: z
    .array(
      z.strictObject({
        type: z.enum(ACTION_TYPES),
        description: text,
        owner: text.optional(),
        // Originals rarely report follow-through, so a curated item claims nothing unless its file says so.
        status: z.enum(ACTION_STATUSES).default("unknown"),
        dueDate: isoDate.optional(),
        link: httpUrl.optional(),
      }),
    )
    .default([]),
  sources: z.array(z.strictObject({ title: text, url: httpUrl })).min(1, "needs at least one source"),
  exercise: exerciseFrontmatter.optional(),
});

/**
 * A story listed on k8s.af and not yet retold (content/listed/*.yml, written by `npm run import:k8saf`): what the
 * list says and nothing more. Strict, so a listed file cannot claim a root cause, a timeline or lessons.
 */
export const listedEntry = z.strictObject({
  title: text,
  organization: text,
  format: z.string().trim().default(""),
  published: z.string().regex(/^(19|20)\d\d(-(0[1-9]|1[0-2]))?$/, "must be a year (2019) or a month (2019-06)"),
  url: httpUrl,
  involved: z.array(text).default([]),
  impact: z.string().trim().default(""),
  severity: z.enum(["production", "non-production"]).optional(),
  tierRule: text,
});
export type ListedEntry = z.infer<typeof listedEntry>;

export type CategoryEntry = z.infer<typeof categoryEntry>;
export type TagEntry = z.infer<typeof tagEntry>;
export type ComponentEntry = z.infer<typeof componentEntry>;
export type PostmortemFrontmatter = z.infer<typeof postmortemFrontmatter>;

export const STUDY_LEVELS = ["beginner", "practitioner", "expert"] as const;
export type StudyLevel = (typeof STUDY_LEVELS)[number];

/** A study track's step: exactly one story or one technique, with why it is there. */
const trackStep = z
  .strictObject({ postmortem: slug.optional(), technique: slug.optional(), why: text })
  .refine((step) => (step.postmortem === undefined) !== (step.technique === undefined), { message: "needs exactly one of `postmortem` or `technique`" });

export const learningPaths = z
  .array(
    z.strictObject({
      slug,
      title: text,
      level: z.enum(STUDY_LEVELS),
      intro: text,
      steps: z.array(trackStep).min(1, "needs at least one step"),
    }),
  )
  .min(1);

export type LearningPath = z.infer<typeof learningPaths>[number];

export const CHECK_KINDS = ["kubectl", "cli", "policy", "config"] as const;

// Tools that are not kubectl: a `kubectl` check that runs one of them is a `cli` check.
const OTHER_CLIS = /(?:^|[;&|]\s*|\$\(\s*)(helm|argocd|gcloud|velero|terraform|aws|eksctl|az|systemctl|journalctl|crictl|etcdctl|kubeadm|kubeconform|conntrack|dig|nslookup|curl)\b/m;

/** The first other tool a `kubectl` check's command lines (comments aside) run, if any. */
export function otherCli(code: string): string | null {
  const commands = code
    .split("\n")
    .map((line) => line.replace(/(^|\s)#.*$/, "").trim())
    .join("\n");
  return commands.match(OTHER_CLIS)?.[1] ?? null;
}

/** One control in a curated checklist. `key` is stable: team run answers are stored against it. */
export const checklistItem = z
  .strictObject({
    key: slug,
    control: text,
    why: text,
    check: z.strictObject({ kind: z.enum(CHECK_KINDS), lang: z.enum(["sh", "yaml", "rego", "ini", "text"]).default("sh"), code: text }),
    postmortems: z.array(slug).min(1, "cite at least one postmortem this control would have prevented or shortened"),
    tags: z.array(slug).min(1, "needs at least one tag"),
  })
  .superRefine((item, ctx) => {
    // A kubectl check, or a shell "config" check, that runs another tool is a command-line check.
    const commands = item.check.kind === "kubectl" || (item.check.kind === "config" && item.check.lang === "sh");
    const other = commands ? otherCli(item.check.code) : null;
    if (other) ctx.addIssue({ code: "custom", path: ["check", "kind"], message: `runs ${other}: use kind "cli"` });
  });

export const checklistFrontmatter = z.strictObject({
  title: text,
  summary: text,
  position: z.number().int().min(0).default(0),
  items: z.array(checklistItem).min(1, "needs at least one item"),
});

export type ChecklistFrontmatter = z.infer<typeof checklistFrontmatter>;

/** A debugging technique (content/techniques/<slug>.yml). */
export const techniqueEntry = z.strictObject({
  title: text,
  summary: text.max(300, "must be at most 300 characters"),
  symptom: text,
  commands: z.array(z.strictObject({ run: text, lookFor: text })).min(1, "needs at least one command"),
  caveats: z.array(text).min(1, "needs at least one caveat: what can go wrong on a production node"),
  source: z.strictObject({ title: text, url: httpUrl }),
  tags: z.array(slug).min(1, "needs at least one tag"),
  components: z.array(slug).default([]),
  postmortems: z.array(slug).default([]),
  position: z.number().int().min(0).default(0),
});
export type TechniqueEntry = z.infer<typeof techniqueEntry>;
