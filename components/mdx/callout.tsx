import type { ReactNode } from "react";

const STYLES = {
  note: { label: "Note", className: "border-sky-500 bg-sky-50 dark:bg-sky-950/40" },
  warning: { label: "Warning", className: "border-amber-500 bg-amber-50 dark:bg-amber-950/40" },
  unconfirmed: { label: "Unconfirmed", className: "border-fuchsia-500 bg-fuchsia-50 dark:bg-fuchsia-950/40" },
} as const;

export function Callout({ type = "note", children }: { type?: keyof typeof STYLES; children: ReactNode }) {
  const style = STYLES[type] ?? STYLES.note;
  return (
    <aside className={`not-prose my-4 rounded-md border-l-4 px-4 py-3 text-sm ${style.className}`}>
      <p className="mb-1 font-semibold">{style.label}</p>
      <div className="space-y-2">{children}</div>
    </aside>
  );
}
