import Link from "next/link";

/** Techniques matching a search, shown beside (not mixed into) the postmortem results. */
export function TechniqueResults({ techniques }: { techniques: { slug: string; title: string; summary: string }[] }) {
  if (techniques.length === 0) return null;
  return (
    <section aria-labelledby="technique-results" className="card space-y-2">
      <h2 id="technique-results" className="text-sm font-semibold">
        Debugging techniques
      </h2>
      <ul className="space-y-2 text-sm">
        {techniques.map((t) => (
          <li key={t.slug}>
            <span className="mr-2 rounded bg-indigo-100 px-1.5 py-0.5 text-xs font-semibold text-indigo-900 dark:bg-indigo-950 dark:text-indigo-200">
              Technique
            </span>
            <Link href={`/techniques/${t.slug}`} className="font-medium">
              {t.title}
            </Link>
            <span className="block muted">{t.summary}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
