import { HtmlFragment } from "@/components/html-fragment";
import { markup, type Markup } from "@/lib/html/markup";

type Status = { kind: string; status: string; visibility: string; archived?: boolean };

/** Marks a team postmortem's state and audience; curated stories need none. */
export function statusBadges({ kind, status, visibility, archived = false }: Status): Markup | null {
  if (kind !== "team") return null;
  const badge = (tone: string, text: string) => markup`<span class="rounded border px-1.5 py-0.5 text-xs font-medium ${tone}">${text}</span>`;
  return markup`${[
    archived && badge("border-zinc-400 text-zinc-700 dark:text-zinc-300", "Archived"),
    status === "draft" && badge("border-sky-400 text-sky-800 dark:text-sky-300", "Draft"),
    status === "in_review" && badge("border-amber-500 text-amber-800 dark:text-amber-300", "In review"),
    badge(
      "border-zinc-300 text-zinc-700 dark:border-zinc-700 dark:text-zinc-300",
      visibility === "public" ? (status === "published" ? "Public" : "Public once published") : "Team only",
    ),
  ]}`;
}

export function StatusBadges(props: Status) {
  return <HtmlFragment markup={statusBadges(props)} />;
}
