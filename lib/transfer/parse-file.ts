import matter from "gray-matter";
import yaml from "js-yaml";
import { fromDocument } from "@/lib/transfer/from-document";
import { parsedFile, type ParsedFile } from "@/lib/transfer/import-types";
import { parseTemplate } from "@/lib/transfer/parse-template";

export const MARKDOWN_EXTENSIONS = [".md", ".markdown", ".mdx", ".txt"];
export const IMPORT_EXTENSIONS = [...MARKDOWN_EXTENSIONS, ".json", ".zip"];

const failed = (field: string, message: string): ParsedFile => ({ ...parsedFile(), problems: [{ field, message }] });
const firstLine = (error: unknown) => ((error as Error).message ?? "").split("\n")[0]!.slice(0, 200);

/**
 * A Markdown file: with frontmatter it is the export format (the body is the narrative, as written); without,
 * a postmortem written from a common template.
 */
export function parseMarkdown(text: string): ParsedFile {
  let file: matter.GrayMatterFile<string>;
  try {
    // YAML's core schema keeps `2024-13-01` a string for the date check to refuse (the default schema would roll
    // it over to 2025-01-01). A fresh options object also bypasses gray-matter's cache.
    file = matter(text, { engines: { yaml: (source: string) => yaml.load(source, { schema: yaml.CORE_SCHEMA }) as object } });
  } catch (error) {
    return failed("frontmatter", `Not valid YAML: ${firstLine(error)}`);
  }
  const data = file.data as Record<string, unknown>;
  if (typeof data !== "object" || data === null || Array.isArray(data)) return failed("frontmatter", "Must be a mapping of fields (`title: …`).");
  if (Object.keys(data).length === 0) return parseTemplate(file.content);
  const parsed = fromDocument(data, file.content);
  if (!parsed.fields.title) {
    // Frontmatter without a title: the template's `# Title` supplies it.
    const fromBody = parseTemplate(file.content);
    if (fromBody.fields.title) parsed.fields.title = fromBody.fields.title;
    else parsed.problems.push({ field: "title", message: "No title: add `title:` to the frontmatter." });
  }
  return parsed;
}

/** A JSON file: the API record of one postmortem (GET /api/v1/postmortems/{slug} or its export). */
export function parseJson(text: string): ParsedFile {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return failed("(file)", `Not valid JSON: ${firstLine(error)}`);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) return failed("(file)", "Must be one JSON object: a postmortem record.");
  const doc = value as Record<string, unknown>;
  return fromDocument(doc, typeof doc.body === "string" ? doc.body : "");
}

export const extensionOf = (name: string) => /\.[^./\\]+$/.exec(name.toLowerCase())?.[0] ?? "";

/** Parses one file by its extension. */
export function parseImportText(name: string, text: string): ParsedFile {
  const extension = extensionOf(name);
  if (extension === ".json") return parseJson(text);
  if (MARKDOWN_EXTENSIONS.includes(extension)) return parseMarkdown(text);
  return failed("(file name)", `Unsupported file type "${extension || name}": use ${IMPORT_EXTENSIONS.join(", ")}.`);
}
