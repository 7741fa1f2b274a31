import type { ReactNode } from "react";

/** Labelled facts of a story, one row each (the exercise's situation and its reveal). */
export function FactList({ facts }: { facts: readonly (readonly [string, ReactNode])[] }) {
  return (
    <dl className="space-y-3">
      {facts.map(([label, value]) => (
        <div key={label} className="grid gap-1 sm:grid-cols-[10rem_1fr]">
          <dt className="text-sm font-semibold">{label}</dt>
          <dd className="text-sm leading-6">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
