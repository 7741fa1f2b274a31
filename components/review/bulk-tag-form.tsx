"use client";

import { useActionState, useRef, type ReactNode } from "react";
import { FormMessage, SelectField } from "@/components/forms/field";
import type { FormState } from "@/lib/actions/form-action";
import { bulkTagAction } from "@/lib/actions/postmortem-actions";

type TagGroup = { name: string; options: { value: string; label: string }[] };

/** Select postmortems in the list (its checkboxes are named `slugs`), then add or remove one tag on all of them. */
export function BulkTagForm({ groups, children }: { groups: TagGroup[]; children: ReactNode }) {
  const [state, action, pending] = useActionState(bulkTagAction, null as FormState<{ changed: number; total: number }>);
  const form = useRef<HTMLFormElement>(null);
  const errors = state && !state.ok ? state.errors : undefined;
  const selectAll = (checked: boolean) =>
    form.current?.querySelectorAll<HTMLInputElement>('input[name="slugs"]').forEach((box) => (box.checked = checked));
  return (
    <form ref={form} action={action} aria-label="Bulk tagging" className="space-y-4">
      <fieldset className="card flex flex-wrap items-end gap-3">
        <legend className="sr-only">Change a tag on the selected postmortems</legend>
        <SelectField
          id="bulk-tag"
          name="tag"
          label="Tag"
          defaultValue=""
          errors={errors?.tag}
          options={[
            { value: "", label: "Choose a tag…" },
            ...groups.flatMap((g) => g.options.map((o) => ({ value: o.value, label: `${g.name} › ${o.label}` }))),
          ]}
        />
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
          <FormMessage state={state && (state.ok ? { ok: true, message: state.message } : errors?.slugs ? null : state)} />
        </div>
      </fieldset>
      {children}
    </form>
  );
}
