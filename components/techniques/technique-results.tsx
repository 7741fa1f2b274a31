import { TechniqueLinks } from "@/components/techniques/technique-links";

/** Techniques matching a search, shown beside (not mixed into) the postmortem results. */
export function TechniqueResults({ techniques }: { techniques: { slug: string; title: string; summary: string }[] }) {
  if (techniques.length === 0) return null;
  return (
    <section aria-labelledby="technique-results" className="card space-y-2">
      <h2 id="technique-results" className="text-sm font-semibold">
        Debugging techniques
      </h2>
      <TechniqueLinks techniques={techniques} badge />
    </section>
  );
}
