import fs from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import { SLUG_PATTERN } from "@/lib/validation/vocabulary";

/**
 * The MDX body of a curated story exactly as its file holds it (the database keeps only the compiled HTML), so an
 * export carries the original text byte for byte. Empty when the file is gone. (It does not import the loader,
 * which pulls the MDX compiler into whatever route uses it.)
 */
export function curatedBody(slug: string, dir = path.join(process.cwd(), "content")): string {
  if (!SLUG_PATTERN.test(slug)) return "";
  const file = path.join(dir, "postmortems", `${slug}.mdx`);
  if (!fs.existsSync(file)) return "";
  return matter(fs.readFileSync(file, "utf8"), {}).content;
}
