import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import yaml from "js-yaml";
import type { z } from "zod";
import { ContentError, problemsFromZod, type ContentProblem } from "@/lib/content/errors";
import {
  postmortemFrontmatter,
  taxonomyFiles,
  type CategoryEntry,
  type ComponentEntry,
  learningPaths,
  type LearningPath,
  type PostmortemFrontmatter,
  type TagEntry,
} from "@/lib/content/schema";
import { SLUG_PATTERN } from "@/lib/validation/vocabulary";

export type LoadedPostmortem = {
  file: string;
  slug: string;
  frontmatter: PostmortemFrontmatter;
  body: string;
  hash: string;
};

export type LoadedContent = {
  categories: CategoryEntry[];
  tags: TagEntry[];
  components: ComponentEntry[];
  postmortems: LoadedPostmortem[];
  paths: LearningPath[];
};

const LEARNING_PATHS_FILE = "learn/paths.yml";

export const defaultContentDir = () => path.join(process.cwd(), "content");

function readYamlList<S extends z.ZodType>(
  dir: string,
  file: string,
  schema: S,
  problems: ContentProblem[],
): z.infer<S> | [] {
  let raw: unknown;
  try {
    raw = yaml.load(fs.readFileSync(path.join(dir, file), "utf8"));
  } catch (error) {
    problems.push({ file, field: "(file)", message: (error as Error).message.split("\n")[0] ?? "unreadable" });
    return [];
  }
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  problems.push(...problemsFromZod(file, "", parsed.error));
  return [];
}

function duplicateSlugs(file: string, entries: { slug: string }[], problems: ContentProblem[]) {
  const seen = new Set<string>();
  entries.forEach((entry, index) => {
    if (seen.has(entry.slug)) problems.push({ file, field: `${index}.slug`, message: `duplicate slug "${entry.slug}"` });
    seen.add(entry.slug);
  });
}

function readPostmortem(dir: string, name: string, problems: ContentProblem[]): LoadedPostmortem | null {
  const file = path.join("postmortems", name);
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
  const parsed = postmortemFrontmatter.safeParse(parsedMatter.data);
  if (!parsed.success) {
    problems.push(...problemsFromZod(file, "frontmatter", parsed.error));
    return null;
  }
  if (!parsedMatter.content.trim()) problems.push({ file, field: "body", message: "must not be empty" });
  const hash = createHash("sha256").update(raw).digest("hex");
  return { file, slug, frontmatter: parsed.data, body: parsedMatter.content, hash };
}

function checkReferences(content: LoadedContent, problems: ContentProblem[]) {
  const categories = new Set(content.categories.map((c) => c.slug));
  const tags = new Set(content.tags.map((t) => t.slug));
  const components = new Set(content.components.map((c) => c.slug));
  content.tags.forEach((tag, index) => {
    if (!categories.has(tag.category)) {
      problems.push({ file: "taxonomy/tags.yml", field: `${index}.category`, message: `unknown category "${tag.category}"` });
    }
  });
  const postmortems = new Set(content.postmortems.map((pm) => pm.slug));
  content.paths.forEach((p, i) =>
    p.steps.forEach((step, j) => {
      if (!postmortems.has(step.postmortem)) {
        problems.push({ file: LEARNING_PATHS_FILE, field: `${i}.steps.${j}.postmortem`, message: `unknown postmortem "${step.postmortem}"` });
      }
    }),
  );
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

  const names = fs.readdirSync(path.join(dir, "postmortems")).filter((n) => n.endsWith(".mdx")).sort();
  const postmortems = names
    .map((name) => readPostmortem(dir, name, problems))
    .filter((pm): pm is LoadedPostmortem => pm !== null);

  const content = { categories, tags, components, postmortems, paths };
  checkReferences(content, problems);
  if (problems.length) throw new ContentError(problems);
  return content;
}
