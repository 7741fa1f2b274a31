import type { ComponentType } from "react";
import { getMDXComponent, type MDXContentProps } from "mdx-bundler/client";
import { mdxComponents } from "@/components/mdx/mdx-components";

// Evaluating a bundle is the costly part; a story's compiled code changes only on a content sync.
const compiled = new Map<string, ComponentType<MDXContentProps>>();
const MAX_CACHED = 500;

function componentFor(code: string) {
  let component = compiled.get(code);
  if (!component) {
    if (compiled.size >= MAX_CACHED) compiled.delete(compiled.keys().next().value!);
    component = getMDXComponent(code);
    compiled.set(code, component);
  }
  return component;
}

/** Renders curated MDX that lib/content compiled at sync time. Trusted content only; never user text. */
export function Mdx({ code }: { code: string }) {
  return <div className="prose">{createMdxElement(code)}</div>;
}

function createMdxElement(code: string) {
  const Component = componentFor(code);
  return <Component components={mdxComponents} />;
}
