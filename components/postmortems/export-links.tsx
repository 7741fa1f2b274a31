import { Download } from "lucide";
import { Icon } from "@/components/icon";

/** Download links for one postmortem: Markdown with frontmatter (the content format) and the JSON API record. */
export function ExportLinks({ slug }: { slug: string }) {
  return (
    <nav aria-label="Download this postmortem" className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
      <Icon node={Download} className="size-4 muted" />
      <span className="muted">Download as</span>
      <a href={`/postmortems/${slug}/export.md`} download>
        Markdown
      </a>
      <a href={`/postmortems/${slug}/export.json`} download>
        JSON
      </a>
    </nav>
  );
}
