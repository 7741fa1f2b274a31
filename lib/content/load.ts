import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import yaml from "js-yaml";
import type { z } from "zod";
import { ContentError, problemsFromZod, type ContentProblem } from "@/lib/content/errors";
import {
  checklistFrontmatter,
  type ChecklistFrontmatter,
  postmortemFrontmatter,
  taxonomyFiles,
  type CategoryEntry,
  type ComponentEntry,
  learningPaths,
  type LearningPath,
  listedEntry,
  type ListedEntry,
  type PostmortemFrontmatter,
  type TagEntry,
  techniqueEntry,
  type TechniqueEntry,
} from "@/lib/content/schema";
import { endsSymptoms, exerciseCutoffLimit, parseCheckRef } from "@/lib/study/exercise";
import { COMPILED_FORMAT } from "@/lib/content/compile";
import { findTrailingComments, frontmatterText } from "@/lib/content/yaml-comments";
import { SLUG_PATTERN } from "@/lib/validation/vocabulary";
import { involvedMapping, unknownMappingTargets, type InvolvedMapping } from "@/lib/k8saf/mapping";
import { LISTED_FOLDER } from "@/lib/k8saf/entry-file";

/** One MDX file: its validated frontmatter, its body and a hash of the whole file. */
type LoadedMdx<F> = { file: string; slug: string; frontmatter: F; body: string; hash: string };
export type LoadedPostmortem = LoadedMdx<PostmortemFrontmatter>;
export type LoadedChecklist = LoadedMdx<ChecklistFrontmatter>;
/** A k8s.af entry not yet retold (content/listed/<slug>.yml). */
export type LoadedListed = { file: string; slug: string; entry: ListedEntry; hash: string };
/** A debugging technique (content/techniques/<slug>.yml). */
export type LoadedTechnique = { file: string; slug: string; entry: TechniqueEntry; hash: string };

export type LoadedContent = {
  categories: CategoryEntry[];
  tags: TagEntry[];
  components: ComponentEntry[];
  postmortems: LoadedPostmortem[];
  checklists: LoadedChecklist[];
  paths: LearningPath[];
  listed: LoadedListed[];
  techniques: LoadedTechnique[];
  mapping: InvolvedMapping;
};

const LEARNING_PATHS_FILE = "learn/paths.yml";
export const MAPPING_FILE = "k8s-af/mapping.yml";

export const defaultContentDir = () => path.join(process.cwd(), "content");

function readYaml<S extends z.ZodType, F>(dir: string, file: string, schema: S, problems: ContentProblem[], fallback: F): z.infer<S> | F {
  let raw: unknown;
  try {
    const text = fs.readFileSync(path.join(dir, file), "utf8");
    commentProblems(file, text, 1, problems);
    raw = yaml.load(text);
  } catch (error) {
    problems.push({ file, field: "(file)", message: (error as Error).message.split("\n")[0] ?? "unreadable" });
    return fallback;
  }
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  problems.push(...problemsFromZod(file, "", parsed.error));
  return fallback;
}

const readYamlList = <S extends z.ZodType>(dir: string, file: string, schema: S, problems: ContentProblem[]) => readYaml(dir, file, schema, problems, [] as []);

/** A folder of YAML entries, one per file named for its slug; each hash covers the file only. */
function readYamlFolder<S extends z.ZodType>(dir: string, folder: string, schema: S, problems: ContentProblem[]) {
  if (!fs.existsSync(path.join(dir, folder))) return [];
  return fs
    .readdirSync(path.join(dir, folder))
    .filter((name) => name.endsWith(".yml"))
    .sort()
    .flatMap((name) => {
      const file = path.join(folder, name);
      const slug = name.replace(/\.yml$/, "");
      if (!SLUG_PATTERN.test(slug)) problems.push({ file, field: "(file name)", message: "must be a lowercase slug" });
      const entry = readYaml(dir, file, schema, problems, null) as z.infer<S> | null;
      if (!entry) return [];
      const hash = createHash("sha256").update(fs.readFileSync(path.join(dir, file))).digest("hex");
      return [{ file, slug, entry, hash }];
    });
}

/** The k8s.af entries: their hash covers the file only (the sync adds what it derives). */
const readListed = (dir: string, problems: ContentProblem[]): LoadedListed[] => readYamlFolder(dir, LISTED_FOLDER, listedEntry, problems);
export const TECHNIQUES_FOLDER = "techniques";

function duplicateSlugs(file: string, entries: { slug: string }[], problems: ContentProblem[]) {
  const seen = new Set<string>();
  entries.forEach((entry, index) => {
    if (seen.has(entry.slug)) problems.push({ file, field: `${index}.slug`, message: `duplicate slug "${entry.slug}"` });
    seen.add(entry.slug);
  });
}

/** An unquoted value with ` #` in it loses everything from the `#` on without a YAML error: report it instead. */
function commentProblems(file: string, text: string, firstLine: number, problems: ContentProblem[]) {
  for (const { line, column } of findTrailingComments(text, firstLine)) {
    problems.push({
      file,
      field: `line ${line}`,
      message: `" #" at column ${column} starts a YAML comment, so the rest of the value is dropped; quote the value`,
    });
  }
}

function readMdx<S extends z.ZodType>(dir: string, folder: string, name: string, schema: S, problems: ContentProblem[]): LoadedMdx<z.infer<S>> | null {
  const file = path.join(folder, name);
  const slug = name.replace(/\.mdx$/, "");
  const raw = fs.readFileSync(path.join(dir, file), "utf8");
  if (!SLUG_PATTERN.test(slug)) {
    problems.push({ file, field: "(file name)", message: "must be a lowercase slug like `monzo-2017.mdx`" });
  }
  let parsedMatter: matter.GrayMatterFile<string>;
  try {
    // An empty options object bypasses gray-matter's cache, which would hide edits in a long-lived process.
    parsedMatter = matter(raw, {});
  } catch (error) {
    problems.push({ file, field: "frontmatter", message: (error as Error).message.split("\n")[0] ?? "invalid YAML" });
    return null;
  }
  const frontmatter = frontmatterText(raw);
  if (frontmatter) commentProblems(file, frontmatter.text, frontmatter.firstLine, problems);
  const parsed = schema.safeParse(parsedMatter.data);
  if (!parsed.success) {
    problems.push(...problemsFromZod(file, "frontmatter", parsed.error));
    return null;
  }
  if (!parsedMatter.content.trim()) problems.push({ file, field: "body", message: "must not be empty" });
  // The stored body is what the compiler makes of the file, so a new compiler output format re-syncs every file.
  const hash = createHash("sha256").update(COMPILED_FORMAT).update(raw).digest("hex");
  return { file, slug, frontmatter: parsed.data as z.infer<S>, body: parsedMatter.content, hash };
}

const mdxSlugs = (dir: string, folder: string) =>
  fs.existsSync(path.join(dir, folder)) ? fs.readdirSync(path.join(dir, folder)).filter((n) => n.endsWith(".mdx")).map((n) => n.replace(/\.mdx$/, "")) : [];

function readFolder<S extends z.ZodType>(dir: string, folder: string, schema: S, problems: ContentProblem[]) {
  return mdxSlugs(dir, folder)
    .sort()
    .map((slug) => readMdx(dir, folder, `${slug}.mdx`, schema, problems)).filter((f): f is LoadedMdx<z.infer<S>> => f !== null);
}

/**
 * Checklist items may cite only postmortems and tags that exist; item keys are unique within a checklist.
 * A story whose file exists but does not validate still counts as existing: its own problems are reported once.
 */
function checkChecklists(content: LoadedContent, postmortems: Set<string>, tags: Set<string>, problems: ContentProblem[]) {
  for (const checklist of content.checklists) {
    const keys = new Set<string>();
    checklist.frontmatter.items.forEach((item, i) => {
      const field = `frontmatter.items.${i}`;
      if (keys.has(item.key)) problems.push({ file: checklist.file, field: `${field}.key`, message: `duplicate key "${item.key}"` });
      keys.add(item.key);
      item.postmortems.forEach((slug, j) => {
        if (!postmortems.has(slug)) problems.push({ file: checklist.file, field: `${field}.postmortems.${j}`, message: `unknown postmortem "${slug}"` });
      });
      item.tags.forEach((slug, j) => {
        if (!tags.has(slug)) problems.push({ file: checklist.file, field: `${field}.tags.${j}`, message: `unknown tag "${slug}"` });
      });
    });
  }
}

function checkTechniques(content: LoadedContent, known: Record<"postmortems" | "tags" | "components", Set<string>>, problems: ContentProblem[]) {
  for (const t of content.techniques) {
    for (const field of ["postmortems", "tags", "components"] as const) {
      t.entry[field].forEach((slug, i) => {
        if (!known[field].has(slug)) problems.push({ file: t.file, field: `${field}.${i}`, message: `unknown ${field.slice(0, -1)} "${slug}"` });
      });
    }
  }
}

/**
 * An exercise's checks must exist, and its cut-off must stop before anything that gives the cause away. A control in
 * a checklist whose file exists but does not validate is not reported again: that file's own problems are.
 */
function checkExercises(dir: string, content: LoadedContent, techniques: Set<string>, problems: ContentProblem[]) {
  const controls = new Set(content.checklists.flatMap((c) => c.frontmatter.items.map((item) => `${c.slug}/${item.key}`)));
  const loaded = new Set(content.checklists.map((c) => c.slug));
  const broken = new Set(mdxSlugs(dir, "checklists").filter((slug) => !loaded.has(slug)));
  const categoryOf = new Map(content.tags.map((tag) => [tag.slug, tag.category]));
  const categoriesOf = (tags: string[]) => new Set(tags.flatMap((tag) => categoryOf.get(tag) ?? []));
  const profiles = checkProfiles(content, categoriesOf);
  for (const pm of content.postmortems) {
    const exercise = pm.frontmatter.exercise;
    if (!exercise) continue;
    const limit = exerciseCutoffLimit(pm.frontmatter.timeline);
    if (exercise.shownEvents > limit) {
      const why = pm.frontmatter.timeline.some(endsSymptoms) ? "later events come after the first detection or diagnosis" : "the timeline has no detection or diagnosis marker, so none of its events may be shown";
      problems.push({ file: pm.file, field: "frontmatter.exercise.shownEvents", message: `must be at most ${limit}: ${why}` });
    }
    for (const field of ["checks", "distractors"] as const) {
      exercise[field].forEach((ref, i) => {
        const check = parseCheckRef(ref);
        const known =
          check?.kind === "technique" ? techniques.has(check.slug) : check ? broken.has(check.checklist) || controls.has(`${check.checklist}/${check.key}`) : false;
        if (!known) problems.push({ file: pm.file, field: `frontmatter.exercise.${field}.${i}`, message: `unknown check "${ref}"` });
        if (field === "distractors" && exercise.checks.includes(ref)) {
          problems.push({ file: pm.file, field: `frontmatter.exercise.${field}.${i}`, message: `"${ref}" is also a right check` });
        }
      });
    }
    checkDistractors(pm, categoriesOf(pm.frontmatter.tags), exercise.distractors, profiles, problems);
  }
}

/** What the exercise checks need to know about each technique and control: its categories and the stories it cites. */
type CheckProfile = { categories: Set<string>; postmortems: string[] };

function checkProfiles(content: LoadedContent, categories: (tags: string[]) => Set<string>): Map<string, CheckProfile> {
  const profiles = new Map<string, CheckProfile>();
  for (const t of content.techniques) profiles.set(`technique:${t.slug}`, { categories: categories(t.entry.tags), postmortems: t.entry.postmortems });
  for (const c of content.checklists) {
    for (const item of c.frontmatter.items) profiles.set(`control:${c.slug}/${item.key}`, { categories: categories(item.tags), postmortems: item.postmortems });
  }
  return profiles;
}

/**
 * A distractor must be a check from the story's own field (it shares a category with the story, through the tags of
 * both), and must not be one the content says would have helped with this story. A technique's category comes from
 * its tags, a control's from its item's tags. Unknown checks and tags are reported elsewhere, so they are skipped here.
 */
function checkDistractors(pm: LoadedPostmortem, story: Set<string>, distractors: string[], profiles: Map<string, CheckProfile>, problems: ContentProblem[]) {
  distractors.forEach((ref, i) => {
    const check = profiles.get(ref);
    if (!check) return;
    const field = `frontmatter.exercise.distractors.${i}`;
    if (story.size && check.categories.size && ![...check.categories].some((category) => story.has(category))) {
      const list = (set: Set<string>) => [...set].sort().join(", ");
      problems.push({
        file: pm.file,
        field,
        message: `distractor "${ref}" shares no category with the story "${pm.slug}" (story: ${list(story)}; distractor: ${list(check.categories)}); pick a check from the story's own categories`,
      });
    }
    if (check.postmortems.includes(pm.slug)) {
      problems.push({ file: pm.file, field, message: `distractor "${ref}" lists the story "${pm.slug}" among those it helps with; it is a right check, not a distractor` });
    }
  });
}

function checkReferences(dir: string, content: LoadedContent, problems: ContentProblem[]) {
  const categories = new Set(content.categories.map((c) => c.slug));
  const tags = new Set(content.tags.map((t) => t.slug));
  const components = new Set(content.components.map((c) => c.slug));
  content.tags.forEach((tag, index) => {
    if (!categories.has(tag.category)) {
      problems.push({ file: "taxonomy/tags.yml", field: `${index}.category`, message: `unknown category "${tag.category}"` });
    }
  });
  const postmortems = new Set(content.postmortems.map((pm) => pm.slug));
  const techniques = new Set(content.techniques.map((t) => t.slug));
  content.paths.forEach((p, i) =>
    p.steps.forEach((step, j) => {
      if (step.postmortem && !postmortems.has(step.postmortem)) {
        problems.push({ file: LEARNING_PATHS_FILE, field: `${i}.steps.${j}.postmortem`, message: `unknown postmortem "${step.postmortem}"` });
      }
      if (step.technique && !techniques.has(step.technique)) {
        problems.push({ file: LEARNING_PATHS_FILE, field: `${i}.steps.${j}.technique`, message: `unknown technique "${step.technique}"` });
      }
    }),
  );
  checkTechniques(content, { postmortems, tags, components }, problems);
  checkExercises(dir, content, techniques, problems);
  checkChecklists(content, new Set(mdxSlugs(dir, "postmortems")), tags, problems);
  for (const listed of content.listed) {
    if (postmortems.has(listed.slug)) problems.push({ file: listed.file, field: "(file name)", message: `slug "${listed.slug}" is also a retold story` });
  }
  const taxonomy = { tags: content.tags, components: content.components };
  for (const message of unknownMappingTargets(content.mapping, taxonomy)) problems.push({ file: MAPPING_FILE, field: message.split(": ")[0]!, message: message.split(": ")[1]! });
  for (const pm of content.postmortems) {
    pm.frontmatter.tags.forEach((slug, index) => {
      if (!tags.has(slug)) problems.push({ file: pm.file, field: `frontmatter.tags.${index}`, message: `unknown tag "${slug}"` });
    });
    pm.frontmatter.components.forEach((slug, index) => {
      if (!components.has(slug)) {
        problems.push({ file: pm.file, field: `frontmatter.components.${index}`, message: `unknown component "${slug}"` });
      }
    });
  }
}

/** Reads and validates everything in content/. Throws a ContentError naming each file, field and problem. */
export function loadContent(dir = defaultContentDir()): LoadedContent {
  const problems: ContentProblem[] = [];
  const categories = readYamlList(dir, "taxonomy/categories.yml", taxonomyFiles.categories, problems);
  const tags = readYamlList(dir, "taxonomy/tags.yml", taxonomyFiles.tags, problems);
  const components = readYamlList(dir, "taxonomy/components.yml", taxonomyFiles.components, problems);
  const paths = readYamlList(dir, LEARNING_PATHS_FILE, learningPaths, problems);
  duplicateSlugs("taxonomy/categories.yml", categories, problems);
  duplicateSlugs("taxonomy/tags.yml", tags, problems);
  duplicateSlugs("taxonomy/components.yml", components, problems);

  const postmortems = readFolder(dir, "postmortems", postmortemFrontmatter, problems);
  const checklists = readFolder(dir, "checklists", checklistFrontmatter, problems);

  const listed = readListed(dir, problems);
  const techniques = readYamlFolder(dir, TECHNIQUES_FOLDER, techniqueEntry, problems);
  const mapping = fs.existsSync(path.join(dir, MAPPING_FILE)) ? readYaml(dir, MAPPING_FILE, involvedMapping, problems, involvedMapping.parse({})) : involvedMapping.parse({});

  const content = { categories, tags, components, postmortems, checklists, paths, listed, techniques, mapping };
  checkReferences(dir, content, problems);
  if (problems.length) throw new ContentError(problems);
  return content;
}
