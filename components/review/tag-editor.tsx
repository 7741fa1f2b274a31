"use client";

import { useActionState, useState } from "react";
import { FormMessage } from "@/components/forms/field";
import { TagCombobox, type ComboOption } from "@/components/review/tag-combobox";
import type { FormState } from "@/lib/actions/form-action";
import { retagAction } from "@/lib/actions/postmortem-actions";

export type Suggested = { value: string; label: string; matched: string; hits: number; kind: "tags" | "components" };

export function Chosen({
  title,
  values,
  options,
  onRemove,
}: {
  title: string;
  values: string[];
  options: ComboOption[];
  onRemove: (value: string) => void;
}) {
  const label = (value: string) => options.find((o) => o.value === value)?.label ?? value;
  return (
    <div>
      <h3 className="text-sm font-medium">
        {title} <span className="muted">({values.length})</span>
      </h3>
      {values.length === 0 ? (
        <p className="text-sm muted">None yet.</p>
      ) : (
        <ul className="mt-1 flex flex-wrap gap-2" aria-label={title}>
          {values.map((value) => (
            <li key={value} className="flex items-center gap-1 rounded-full border border-zinc-300 py-0.5 pl-3 pr-1 text-sm dark:border-zinc-700">
              {label(value)}
              <button
                type="button"
                className="rounded-full px-1.5 hover:bg-zinc-200 dark:hover:bg-zinc-800"
                aria-label={`Remove ${label(value)}`}
                onClick={() => onRemove(value)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Edit one postmortem's tags and components, with suggestions taken from its text. Saves the whole set. */
export function TagEditor({
  slug,
  tagOptions,
  componentOptions,
  initial,
  suggestions,
}: {
  slug: string;
  tagOptions: ComboOption[];
  componentOptions: ComboOption[];
  initial: { tags: string[]; components: string[] };
  suggestions: Suggested[];
}) {
  const [state, action, pending] = useActionState(retagAction, null as FormState<{ slug: string; changed: boolean }>);
  const [sets, setSets] = useState(initial);
  const add = (kind: "tags" | "components") => (value: string) =>
    setSets((s) => ({ ...s, [kind]: s[kind].includes(value) ? s[kind] : [...s[kind], value] }));
  const remove = (kind: "tags" | "components") => (value: string) => setSets((s) => ({ ...s, [kind]: s[kind].filter((v) => v !== value) }));
  const removeLast = (kind: "tags" | "components") => () => setSets((s) => ({ ...s, [kind]: s[kind].slice(0, -1) }));
  const open = suggestions.filter((s) => !sets[s.kind].includes(s.value));
  const errors = state && !state.ok ? state.errors : undefined;

  return (
    <form action={action} aria-label="Tags and components" className="space-y-6">
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="tags" value="" />
      <input type="hidden" name="components" value="" />
      {sets.tags.map((t) => (
        <input key={t} type="hidden" name="tags" value={t} />
      ))}
      {sets.components.map((c) => (
        <input key={c} type="hidden" name="components" value={c} />
      ))}
      {(
        [
          ["tags", "Root-cause tags", "tag", tagOptions],
          ["components", "Components", "component", componentOptions],
        ] as const
      ).map(([kind, title, noun, options]) => (
        <section key={kind} className="space-y-3" aria-labelledby={`${kind}-heading`}>
          <h2 id={`${kind}-heading`} className="section-title">
            {title}
          </h2>
          <Chosen title={`Chosen ${noun}s`} values={sets[kind]} options={options} onRemove={remove(kind)} />
          <TagCombobox
            label={`Add a ${noun}`}
            options={options}
            selected={sets[kind]}
            onAdd={add(kind)}
            onRemoveLast={removeLast(kind)}
            autoFocus={kind === "tags"}
          />
          {errors?.[kind] && <p className="text-sm text-red-700 dark:text-red-400">{errors[kind].join(" ")}</p>}
        </section>
      ))}
      <section className="space-y-2" aria-labelledby="suggestions-heading">
        <h2 id="suggestions-heading" className="section-title">
          Suggested from the text
        </h2>
        {open.length === 0 ? (
          <p className="text-sm muted">No more suggestions: nothing else in the taxonomy is named in this postmortem.</p>
        ) : (
          <ul className="flex flex-wrap gap-2">
            {open.map((s) => (
              <li key={`${s.kind}-${s.value}`}>
                <button
                  type="button"
                  className="btn-quiet text-sm"
                  onClick={() => add(s.kind)(s.value)}
                  title={`Mentioned ${s.hits}× as “${s.matched}”`}
                >
                  + {s.label}{" "}
                  <span className="muted">
                    {" "}
                    ({s.kind === "tags" ? "tag" : "component"}, “{s.matched}” ×{s.hits})
                  </span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <div className="flex items-center gap-3">
        <button type="submit" className="btn" disabled={pending}>
          {pending ? "Saving…" : "Save tags"}
        </button>
        <FormMessage state={state && (state.ok ? { ok: true, message: state.message } : state)} />
      </div>
    </form>
  );
}
