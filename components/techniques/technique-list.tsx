import Link from "next/link";
import { ChipRow, tagChips } from "@/components/postmortems/chip-list";
import type { TechniqueSummary } from "@/lib/data/techniques";

/** Technique cards: title, what it is for, the symptom it helps with, and its tags. */
export function TechniqueList({ techniques }: { techniques: TechniqueSummary[] }) {
  return (
    <ul className="grid gap-4 md:grid-cols-2">
      {techniques.map((t) => (
        <li key={t.slug} className="card flex flex-col gap-2">
          <h2 className="text-base font-semibold leading-snug">
            <Link href={`/techniques/${t.slug}`}>{t.title}</Link>
          </h2>
          <p className="text-sm">{t.summary}</p>
          <p className="text-sm muted">
            <span className="font-semibold">Symptom:</span> {t.symptom}
          </p>
          <div className="mt-auto flex flex-wrap items-center justify-between gap-2 pt-1">
            <ChipRow label={`Tags of ${t.title}`} chips={tagChips(t.tags)} />
            {t.storyCount > 0 && (
              <span className="text-xs muted">
                Helps in {t.storyCount} stor{t.storyCount === 1 ? "y" : "ies"}
              </span>
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}
