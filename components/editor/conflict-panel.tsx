"use client";

import { whoSaved } from "@/components/editor/saved-when";
import type { Clash } from "@/lib/editor/draft-saver";
import { FIELD_LABELS } from "@/lib/postmortem-field-labels";
import type { PostmortemFields } from "@/lib/validation/postmortem";

const show = (value: unknown) => (typeof value === "string" ? value || "(empty)" : JSON.stringify(value, null, 2));

/**
 * The fields both sides changed, with both versions, and a choice for them. The newer version's changes to other
 * fields are already in the form, and this editor's other changes stay: nothing is lost until the user picks.
 */
export function ConflictPanel({
  conflict,
  mine,
  onKeepMine,
  onTakeTheirs,
}: {
  conflict: Clash;
  mine: PostmortemFields;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
}) {
  return (
    <section role="alert" aria-label="Edit conflict" className="space-y-3 rounded-md border-2 border-amber-500 bg-amber-50 p-4 dark:bg-amber-950/40">
      <h2 className="text-lg font-semibold">A newer version was saved</h2>
      <p className="text-sm">
        {whoSaved(conflict, "It was saved")}. Its changes to other fields are now in the form. These fields were changed on both sides; your text is
        still in them:
      </p>
      <div className="space-y-3">
        {conflict.clashes.map((field) => (
          <div key={field} className="grid gap-2 sm:grid-cols-2">
            <div>
              <p className="text-xs font-semibold uppercase muted">{FIELD_LABELS[field]} — theirs</p>
              <pre className="max-h-40 overflow-auto whitespace-pre-wrap rounded bg-white p-2 text-xs dark:bg-zinc-900">
                {show(conflict.fields[field])}
              </pre>
            </div>
            <div>
              <p className="text-xs font-semibold uppercase muted">{FIELD_LABELS[field]} — yours</p>
              <pre className="max-h-40 overflow-auto whitespace-pre-wrap rounded bg-white p-2 text-xs dark:bg-zinc-900">{show(mine[field])}</pre>
            </div>
          </div>
        ))}
      </div>
      <div className="flex flex-wrap gap-2">
        <button type="button" className="btn" onClick={onKeepMine}>
          Keep my version
        </button>
        <button type="button" className="btn-quiet" onClick={onTakeTheirs}>
          Take their version
        </button>
      </div>
    </section>
  );
}
