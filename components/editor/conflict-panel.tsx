"use client";

import type { Conflict } from "@/lib/editor/draft-saver";
import type { PostmortemFields } from "@/lib/validation/postmortem";

const show = (value: unknown) => (typeof value === "string" ? value || "(empty)" : JSON.stringify(value, null, 2));

/** Both versions of every field that differs, and a choice. Nothing is lost until the user picks. */
export function ConflictPanel({
  conflict,
  mine,
  onKeepMine,
  onTakeTheirs,
}: {
  conflict: Conflict;
  mine: PostmortemFields;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
}) {
  const fields = (Object.keys(mine) as (keyof PostmortemFields)[]).filter(
    (key) => JSON.stringify(mine[key]) !== JSON.stringify(conflict.fields[key]),
  );
  return (
    <section role="alert" aria-label="Edit conflict" className="space-y-3 rounded-md border-2 border-amber-500 bg-amber-50 p-4 dark:bg-amber-950/40">
      <h2 className="text-lg font-semibold">Someone else saved a newer version</h2>
      <p className="text-sm">
        {conflict.savedBy ? `${conflict.savedBy} saved` : "A newer version was saved"}
        {conflict.savedAt ? ` at ${new Date(conflict.savedAt).toLocaleTimeString()}` : ""}. Your text is still in the form. These fields differ:
      </p>
      <div className="space-y-3">
        {fields.map((field) => (
          <div key={field} className="grid gap-2 sm:grid-cols-2">
            <div>
              <p className="text-xs font-semibold uppercase muted">{field} — theirs</p>
              <pre className="max-h-40 overflow-auto whitespace-pre-wrap rounded bg-white p-2 text-xs dark:bg-zinc-900">
                {show(conflict.fields[field])}
              </pre>
            </div>
            <div>
              <p className="text-xs font-semibold uppercase muted">{field} — yours</p>
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
          Discard mine and load theirs
        </button>
      </div>
    </section>
  );
}
