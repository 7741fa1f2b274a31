"use client";

import { startTransition, useActionState, useEffect, useRef, type FormEvent } from "react";
import { CopyButton } from "@/components/copy-button";
import { FormMessage, SelectField, TextAreaField, TextField } from "@/components/forms/field";
import type { FormState } from "@/lib/actions/form-action";

export type FieldSpec = {
  name: string;
  label: string;
  type?: "text" | "email" | "password" | "number" | "hidden" | "select" | "textarea";
  hint?: string;
  required?: boolean;
  defaultValue?: string | number;
  /** Bounds of a number field, so the browser says so before the server does. */
  min?: number;
  max?: number;
  autoComplete?: string;
  options?: { value: string; label: string }[];
};

const fieldId = (form: string, name: string) => `${form}-${name}`.replace(/\s+/g, "-").toLowerCase();

type Action<T> = (state: FormState<T>, formData: FormData) => Promise<FormState<T>>;

/** A one-off secret shown once after success (API token, invite link). */
function SecretOnce({ label, value, copyLabel }: { label: string; value: string; copyLabel: string }) {
  return (
    <div role="status" className="space-y-1 rounded-md border border-amber-400 bg-amber-50 p-3 text-sm dark:bg-amber-950/40">
      <p className="font-medium">{label}</p>
      <div className="flex items-center gap-2">
        <input readOnly value={value} aria-label={label} className="input font-mono" onFocus={(e) => e.currentTarget.select()} />
        <CopyButton text={value} label={copyLabel} />
      </div>
    </div>
  );
}

/**
 * A form bound to a server action with useActionState. Field errors from the server appear beside their fields;
 * a string result is shown as a confirmation, `{ token }` as a secret shown once.
 */
export function ActionForm<T>({
  action,
  fields,
  submitLabel,
  label,
  secretLabel = "Copy this now — it will not be shown again.",
  secretName = "token",
  secretPrefix = "",
  inline = false,
}: {
  action: Action<T>;
  fields: FieldSpec[];
  submitLabel: string;
  label: string;
  secretLabel?: string;
  /** What the secret is, for the copy button's name ("Copy invite link"). */
  secretName?: string;
  secretPrefix?: string;
  inline?: boolean;
}) {
  const [state, formAction, pending] = useActionState<FormState<T>, FormData>(action, null);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state?.ok) form.current?.reset();
  }, [state]);
  const errors = state && !state.ok ? state.errors : undefined;
  const data = state?.ok ? state.data : undefined;
  const token = typeof data === "object" && data !== null && "token" in data ? String(data.token) : undefined;
  // A refusal explained beside its field is not repeated in the form message.
  const explained = fields.some((field) => errors?.[field.name]?.length);
  // React resets a form after its action runs; submitting by hand keeps what was typed when the server refuses it
  // (the effect above clears it on success). Without JavaScript the form still posts to the action.
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => formAction(formData));
  };

  return (
    <form ref={form} action={formAction} onSubmit={submit} aria-label={label} className={inline ? "flex flex-wrap items-end gap-2" : "space-y-3"}>
      {fields.map((field) =>
        field.type === "textarea" ? (
          <TextAreaField
            key={field.name}
            id={fieldId(label, field.name)}
            name={field.name}
            label={field.label}
            hint={field.hint}
            required={field.required}
            defaultValue={field.defaultValue}
            errors={errors?.[field.name]}
          />
        ) : field.type === "hidden" ? (
          <input key={field.name} type="hidden" name={field.name} value={field.defaultValue} />
        ) : field.type === "select" ? (
          <SelectField
            key={field.name}
            id={fieldId(label, field.name)}
            name={field.name}
            label={field.label}
            defaultValue={field.defaultValue}
            options={field.options ?? []}
            errors={errors?.[field.name]}
          />
        ) : (
          <TextField
            key={field.name}
            id={fieldId(label, field.name)}
            name={field.name}
            label={field.label}
            type={field.type ?? "text"}
            hint={field.hint}
            required={field.required}
            defaultValue={field.defaultValue}
            min={field.min}
            max={field.max}
            autoComplete={field.autoComplete}
            errors={errors?.[field.name]}
          />
        ),
      )}
      <button type="submit" className="btn" disabled={pending}>
        {pending ? "Working…" : submitLabel}
      </button>
      <div className={inline ? "basis-full" : ""}>
        {token ? (
          <SecretOnce label={secretLabel} value={secretPrefix + token} copyLabel={secretName} />
        ) : (
          <FormMessage state={state && (state.ok ? { ok: true, message: successMessage(state) } : explained ? null : state)} />
        )}
      </div>
    </form>
  );
}

const successMessage = (state: { message?: string; data: unknown }) => state.message ?? (typeof state.data === "string" ? state.data : undefined);

/** A single button that runs an action with fixed inputs (remove, revoke, restore…), with its error shown inline. */
export function ActionButton<T>({
  action,
  values,
  label,
  shortLabel,
  confirm,
  tone = "quiet",
}: {
  action: Action<T>;
  values: Record<string, string | number>;
  label: string;
  /** Shown instead of `label` where the row already says whom it is about; `label` stays the accessible name. */
  shortLabel?: string;
  confirm?: string;
  tone?: "quiet" | "danger";
}) {
  const [state, formAction, pending] = useActionState<FormState<T>, FormData>(action, null);
  return (
    <form action={formAction} className="inline-flex items-center gap-2" onSubmit={(e) => confirm && !window.confirm(confirm) && e.preventDefault()}>
      {Object.entries(values).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button
        type="submit"
        disabled={pending}
        className={tone === "danger" ? "btn-quiet border-red-400 text-red-700 dark:text-red-300" : "btn-quiet"}
        aria-label={shortLabel ? label : undefined}
      >
        {shortLabel ?? label}
      </button>
      {state && !state.ok && (
        <span role="alert" className="text-sm text-red-700 dark:text-red-400">
          {state.message}
        </span>
      )}
      {state?.ok && successMessage(state) && (
        <span role="status" className="text-sm text-emerald-800 dark:text-emerald-300">
          {successMessage(state)}
        </span>
      )}
    </form>
  );
}
