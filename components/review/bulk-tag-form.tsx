"use client";

import { useActionState, useRef, useState, type ReactNode } from "react";
import { FormMessage, SelectField } from "@/components/forms/field";
import { TagCombobox, type ComboOption } from "@/components/review/tag-combobox";
import { Chosen } from "@/components/review/tag-editor";
import type { FormState } from "@/lib/actions/form-action";
import { bulkTagAction } from "@/lib/actions/postmortem-actions";

type BulkResult = FormState<{ changed: string[]; total: number; tag: { slug: string; name: string }; op: "add" | "remove" }>;

/**
 * After a change, what it did and an Undo that reverses exactly it: the opposite operation on the postmortems
 * that changed (not the whole selection), so ones that already had the tag keep it.
 */
function Applied({ state }: { state: BulkResult }) {
  const [undone, undo, pending] = useActionState(bulkTagAction, null as BulkResult);
  if (!state?.ok) return null;
  const { changed, tag, op } = state.data;
  if (undone?.ok) return <FormMessage state={{ ok: true, message: `Undone. ${undone.message ?? ""}` }} />;
  return (
    <form action={undo} aria-label="Undo bulk tagging" className="flex flex-wrap items-center gap-3">
      <FormMessage state={{ ok: true, message: state.message }} />
      {changed.length > 0 && (
        <>
          {changed.map((slug) => (
            <input key={slug} type="hidden" name="slugs" value={slug} />
          ))}
          <input type="hidden" name="tag" value={tag.slug} />
          <input type="hidden" name="op" value={op === "add" ? "remove" : "add"} />
          <button type="submit" className="btn-quiet" disabled={pending}>
            {pending ? "Undoing…" : "Undo"}
          </button>
        </>
      )}
      {undone && !undone.ok && <FormMessage state={undone} />}
    </form>
  );
}

/** Select postmortems in the list (its checkboxes are named `slugs`), then add or remove one tag on all of them. */
export function BulkTagForm({ options, children }: { options: ComboOption[]; children: ReactNode }) {
  const [state, action, pending] = useActionState(bulkTagAction, null as BulkResult);
  const [tag, setTag] = useState("");
  const form = useRef<HTMLFormElement>(null);
  const errors = state && !state.ok ? state.errors : undefined;
  const selectAll = (checked: boolean) =>
    form.current?.querySelectorAll<HTMLInputElement>('input[name="slugs"]').forEach((box) => (box.checked = checked));
  return (
    <div className="space-y-4">
      {/* A new result replaces the previous confirmation and its Undo. */}
      <Applied key={state?.ok ? JSON.stringify(state.data) : "none"} state={state} />
      <form ref={form} action={action} aria-label="Bulk tagging" className="space-y-4">
        <fieldset className="card flex flex-wrap items-end gap-3">
          <legend className="sr-only">Change a tag on the selected postmortems</legend>
          <input type="hidden" name="tag" value={tag} />
          <div className="min-w-64 flex-1 space-y-2">
            <TagCombobox label="Tag" options={options} selected={tag ? [tag] : []} onAdd={setTag} onRemoveLast={() => setTag("")} />
            {tag && <Chosen title="Chosen tag" values={[tag]} options={options} onRemove={() => setTag("")} />}
            {errors?.tag && <p className="text-sm text-red-700 dark:text-red-400">{errors.tag.join(" ")}</p>}
          </div>
          <SelectField
            id="bulk-op"
            name="op"
            label="Change"
            defaultValue="add"
            errors={errors?.op}
            options={[
              { value: "add", label: "Add to selected" },
              { value: "remove", label: "Remove from selected" },
            ]}
          />
          <button type="submit" className="btn" disabled={pending}>
            {pending ? "Applying…" : "Apply to selected"}
          </button>
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" className="size-4 accent-indigo-600" onChange={(e) => selectAll(e.currentTarget.checked)} />
            Select all
          </label>
          <div className="basis-full">
            {errors?.slugs && (
              <p role="alert" className="text-sm text-red-700 dark:text-red-400">
                {errors.slugs.join(" ")}
              </p>
            )}
            {state && !state.ok && !errors?.slugs && <FormMessage state={state} />}
          </div>
        </fieldset>
        {children}
      </form>
    </div>
  );
}
