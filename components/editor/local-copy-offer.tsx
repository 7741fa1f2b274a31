"use client";

import { DiffText } from "@/components/postmortems/diff-text";
import type { SaverSnapshot } from "@/lib/editor/draft-saver";
import { fieldDiff } from "@/lib/postmortem-diff";
import type { PostmortemFieldName } from "@/lib/validation/postmortem";

const LABELS: Record<PostmortemFieldName, string> = {
  title: "Title",
  incidentDate: "Incident date",
  incidentTime: "Start time",
  durationMinutes: "Duration",
  severity: "Severity tier",
  platform: "Platform",
  kubernetesVersion: "Kubernetes version",
  components: "Components",
  tags: "Tags",
  summary: "Summary",
  impact: "Impact",
  trigger: "Trigger",
  rootCause: "Root cause",
  detection: "Detection",
  resolution: "Resolution",
  timeline: "Timeline",
  lessons: "Lessons",
  actionItems: "Action items",
  sources: "Sources",
  body: "Story",
  visibility: "Who can read it",
};

/** Text an earlier visit left in this browser, field by field against what the server has, and a choice. */
export function LocalCopyOffer({
  offer,
  onRestore,
  onDiscard,
}: {
  offer: NonNullable<SaverSnapshot["offer"]>;
  onRestore: () => void;
  onDiscard: () => void;
}) {
  return (
    <section aria-labelledby="local-copy-heading" className="card space-y-3 border-amber-400 dark:border-amber-600">
      <h2 id="local-copy-heading" className="text-base font-semibold">
        This browser has text that was not saved
      </h2>
      <p className="text-sm">
        From {new Date(offer.copy.at).toLocaleString()}. Compared with the saved version (<del className="bg-red-100 dark:bg-red-900/60">saved</del>,{" "}
        <ins className="bg-emerald-100 no-underline dark:bg-emerald-900/60">yours</ins>):
      </p>
      <div className="max-h-80 space-y-2 overflow-auto">
        {offer.fields.map((field) => (
          <div key={field} className="rounded-md border border-zinc-200 p-2 dark:border-zinc-800">
            <h3 className="text-xs font-semibold uppercase tracking-wide muted">{LABELS[field]}</h3>
            <DiffText parts={fieldDiff(offer.server[field], offer.copy.values[field])} />
          </div>
        ))}
      </div>
      <div className="flex flex-wrap gap-2">
        <button type="button" className="btn" onClick={onRestore}>
          Restore my unsaved text
        </button>
        <button type="button" className="btn-quiet" onClick={onDiscard}>
          Discard it
        </button>
      </div>
    </section>
  );
}
