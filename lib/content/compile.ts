import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { bundleMDX } from "mdx-bundler";
import { getMDXComponent } from "mdx-bundler/client";
import { mdxComponents } from "@/components/mdx/mdx-components";
import { ContentError } from "@/lib/content/errors";
import { htmlToText } from "@/lib/text";
import { createHash } from "node:crypto";

/** Changes whenever what compileMdx stores changes; it is part of every content hash. */
export const COMPILED_FORMAT = "html-v1";

const firstLine = (error: unknown) => String((error as Error)?.message ?? error).split("\n")[0] ?? "unknown error";

/** Bodies compiled by this process, by source hash: a re-sync (and every test that syncs) skips esbuild for them. */
const compiled = new Map<string, { html: string; text: string }>();
const MAX_REMEMBERED = 500;

/**
 * Compiles a curated MDX body and renders it to HTML once, at sync time, with the real component map: pages
 * serve the stored HTML instead of evaluating a bundle per request, and a story that would render half-broken
 * fails the sync instead of the page.
 */
export async function compileMdx(file: string, source: string): Promise<{ html: string; text: string }> {
  const key = createHash("sha256").update(source).digest("hex");
  const known = compiled.get(key);
  if (known) return known;
  const result = await compileUncached(file, source);
  if (compiled.size >= MAX_REMEMBERED) compiled.clear();
  compiled.set(key, result);
  return result;
}

async function compileUncached(file: string, source: string): Promise<{ html: string; text: string }> {
  let code: string;
  try {
    ({ code } = await bundleMDX({ source }));
  } catch (error) {
    throw new ContentError([{ file, field: "body", message: `MDX does not compile: ${firstLine(error)}` }]);
  }
  try {
    const html = renderToStaticMarkup(createElement(getMDXComponent(code), { components: mdxComponents }));
    return { html, text: htmlToText(html) };
  } catch (error) {
    throw new ContentError([{ file, field: "body", message: `MDX does not render: ${firstLine(error)}` }]);
  }
}
