import Link from "next/link";

/** Techniques as a list of links with their summaries; `badge` marks each as a technique (in mixed results). */
export function TechniqueLinks({ techniques, badge = false }: { techniques: { slug: string; title: string; summary: string }[]; badge?: boolean }) {
  return (
    <ul className="space-y-2 text-sm">
      {techniques.map((t) => (
        <li key={t.slug}>
          {badge && (
            <span className="mr-2 rounded bg-indigo-100 px-1.5 py-0.5 text-xs font-semibold text-indigo-900 dark:bg-indigo-950 dark:text-indigo-200">
              Technique
            </span>
          )}
          <Link href={`/techniques/${t.slug}`} className="font-medium">
            {t.title}
          </Link>
          <span className="block muted">{t.summary}</span>
        </li>
      ))}
    </ul>
  );
}
