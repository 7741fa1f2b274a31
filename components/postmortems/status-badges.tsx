/** Marks a team postmortem's state and audience; curated stories need none. */
export function StatusBadges({
  kind,
  status,
  visibility,
  archived = false,
}: {
  kind: string;
  status: string;
  visibility: string;
  archived?: boolean;
}) {
  if (kind !== "team") return null;
  const badge = "rounded border px-1.5 py-0.5 text-xs font-medium";
  return (
    <>
      {archived && <span className={`${badge} border-zinc-400 text-zinc-700 dark:text-zinc-300`}>Archived</span>}
      {status === "draft" && <span className={`${badge} border-sky-400 text-sky-800 dark:text-sky-300`}>Draft</span>}
      {status === "in_review" && <span className={`${badge} border-amber-500 text-amber-800 dark:text-amber-300`}>In review</span>}
      <span className={`${badge} border-zinc-300 text-zinc-700 dark:border-zinc-700 dark:text-zinc-300`}>
        {visibility === "public" ? (status === "published" ? "Public" : "Public once published") : "Team only"}
      </span>
    </>
  );
}
