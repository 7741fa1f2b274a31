import { getMDXComponent } from "mdx-bundler/client";
import { mdxComponents } from "@/components/mdx/mdx-components";

/** Renders curated MDX that lib/content compiled at sync time. Trusted content only; never user text. */
export function Mdx({ code }: { code: string }) {
  const Component = getMDXComponent(code);
  return (
    <div className="prose">
      <Component components={mdxComponents} />
    </div>
  );
}
