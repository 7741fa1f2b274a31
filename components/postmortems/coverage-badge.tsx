import { HtmlFragment } from "@/components/html-fragment";
import { markup, type Markup } from "@/lib/html/markup";

/** Says a story is only listed (a title and a link), not retold with the full structure; retold stories need no badge. */
export function coverageBadge(coverage: string, origin: string): Markup | null {
  if (coverage !== "listed") return null;
  return markup`<span class="rounded border border-violet-400 px-1.5 py-0.5 text-xs font-medium text-violet-800 dark:border-violet-500 dark:text-violet-300">${origin === "app" ? "Suggested by a reader, not yet retold" : "Listed on k8s.af, not yet retold"}</span>`;
}

export function CoverageBadge({ coverage, origin }: { coverage: string; origin: string }) {
  return <HtmlFragment markup={coverageBadge(coverage, origin)} />;
}
