/** Says a story is only listed (a title and a link), not retold with the full structure; retold stories need no badge. */
export function CoverageBadge({ coverage, origin }: { coverage: string; origin: string }) {
  if (coverage !== "listed") return null;
  return (
    <span className="rounded border border-violet-400 px-1.5 py-0.5 text-xs font-medium text-violet-800 dark:border-violet-500 dark:text-violet-300">
      {origin === "app" ? "Suggested by a reader, not yet retold" : "Listed on k8s.af, not yet retold"}
    </span>
  );
}
