"use client";

import { whoSaved } from "@/components/editor/saved-when";
import type { Merged } from "@/lib/editor/draft-saver";
import { FIELD_LABELS } from "@/lib/postmortem-field-labels";

/**
 * Says which fields took in text from a newer version saved elsewhere (another person, or this person in another
 * tab) while this editor's own changes were kept and saved over it.
 */
export function MergeNotice({ merged, onDismiss }: { merged: Merged; onDismiss: () => void }) {
  const names = merged.fields.map((field) => FIELD_LABELS[field] ?? field);
  return (
    <section
      aria-label="Changes from a newer version"
      className="flex flex-wrap items-start justify-between gap-3 rounded-md border border-sky-300 bg-sky-50 p-3 text-sm dark:border-sky-800 dark:bg-sky-950/40"
    >
      <p className="min-w-0 flex-1">
        {whoSaved(merged, "A newer version was saved")} with changes to <strong>{names.join(", ")}</strong>. They are now in the form, and your own
        changes were kept.
      </p>
      <button type="button" className="btn-quiet" onClick={onDismiss}>
        Dismiss
      </button>
    </section>
  );
}
