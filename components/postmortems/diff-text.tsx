import type { DiffPart } from "@/lib/postmortem-diff";

/** A word diff: insertions and deletions marked with <ins> and <del>, which screen readers announce. */
export function DiffText({ parts }: { parts: DiffPart[] }) {
  return (
    <p className="whitespace-pre-wrap break-words text-sm leading-6">
      {parts.map((part, i) =>
        part.added ? (
          <ins key={i} className="bg-emerald-100 no-underline dark:bg-emerald-900/60">
            {part.value}
          </ins>
        ) : part.removed ? (
          <del key={i} className="bg-red-100 dark:bg-red-900/60">
            {part.value}
          </del>
        ) : (
          <span key={i}>{part.value}</span>
        ),
      )}
    </p>
  );
}
