"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { FormMessage, SelectField } from "@/components/forms/field";
import { mergeTagsAction } from "@/lib/actions/taxonomy-actions";

export type MergeOption = { value: string; label: string; name: string; postmortems: number; checklistItems: number };

const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? "" : "s"}`;

/**
 * Merging cannot be undone, so choosing the two tags only prepares it: a confirmation step says how many
 * postmortems and checklist items move and what happens to the first tag, and only then is it sent.
 */
export function MergeTagsForm({ options }: { options: MergeOption[] }) {
  const [state, action, pending] = useActionState(mergeTagsAction, null as Awaited<ReturnType<typeof mergeTagsAction>>);
  const [from, setFrom] = useState("");
  const [into, setInto] = useState("");
  const [confirming, setConfirming] = useState(false);
  const question = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (confirming) question.current?.focus();
  }, [confirming]);
  // After a merge the first tag is gone from the options, and so from the choice.
  const source = options.find((o) => o.value === from);
  const target = options.find((o) => o.value === into);
  const ready = source && target && source !== target;
  const errors = state && !state.ok ? state.errors : undefined;
  const choices = [{ value: "", label: "Choose…" }, ...options.map(({ value, label }) => ({ value, label }))];

  return (
    <form action={action} aria-label="Merge tags" className="space-y-3" onSubmit={() => setConfirming(false)}>
      {(
        [
          ["from", "Merge this tag", source, setFrom],
          ["into", "Into this tag", target, setInto],
        ] as const
      ).map(([name, label, chosen, choose]) => (
        <SelectField
          key={name}
          id={`merge-${name}`}
          name={name}
          label={label}
          value={chosen?.value ?? ""}
          onChange={(e) => (choose(e.target.value), setConfirming(false))}
          options={choices}
          errors={errors?.[name]}
        />
      ))}
      {confirming && ready ? (
        <div
          role="group"
          aria-label="Confirm the merge"
          className="space-y-2 rounded-md border border-amber-400 bg-amber-50 p-3 text-sm dark:bg-amber-950/40"
        >
          <p ref={question} tabIndex={-1} className="font-medium">
            Merge “{source.name}” into “{target.name}”? {plural(source.postmortems, "postmortem")} and{" "}
            {plural(source.checklistItems, "checklist item")} move to “{target.name}”, and “{source.name}” is deleted; its slug redirects. This cannot
            be undone.
          </p>
          <div className="flex gap-2">
            <button type="submit" className="btn" disabled={pending}>
              {pending ? "Merging…" : "Confirm merge"}
            </button>
            <button type="button" className="btn-quiet" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </div>
        </div>
      ) : ready ? (
        <button type="button" className="btn" onClick={() => setConfirming(true)}>
          Merge…
        </button>
      ) : (
        // Incomplete choices go to the server, which explains what is missing beside each field.
        <button type="submit" className="btn" disabled={pending}>
          Merge…
        </button>
      )}
      <FormMessage state={state && (state.ok ? { ok: true, message: state.message } : errors ? null : state)} />
    </form>
  );
}
