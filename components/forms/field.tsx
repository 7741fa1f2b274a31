import type { InputHTMLAttributes, ReactNode } from "react";

export function FieldError({ id, messages }: { id: string; messages?: string[] }) {
  if (!messages?.length) return null;
  return (
    <p id={id} className="text-sm text-red-700 dark:text-red-400">
      {messages.join(" ")}
    </p>
  );
}

/** A labelled input with its hint and error wired up through aria-describedby. */
export function TextField({
  name,
  label,
  errors,
  hint,
  ...input
}: { name: string; label: ReactNode; errors?: string[]; hint?: ReactNode } & InputHTMLAttributes<HTMLInputElement>) {
  const id = input.id ?? `field-${name}`;
  const describedBy = [hint ? `${id}-hint` : null, errors?.length ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="text-xs muted">
          {hint}
        </p>
      )}
      <input id={id} name={name} className="input" aria-invalid={errors?.length ? true : undefined} aria-describedby={describedBy} {...input} />
      <FieldError id={`${id}-error`} messages={errors} />
    </div>
  );
}

/** The outcome of a form submission, announced to screen readers. */
export function FormMessage({ state }: { state: { ok: boolean; message?: string } | null }) {
  if (!state?.message) return null;
  return (
    <p
      role={state.ok ? "status" : "alert"}
      className={`rounded-md border p-2 text-sm ${state.ok ? "border-emerald-400 bg-emerald-50 text-emerald-900 dark:bg-emerald-950/40 dark:text-emerald-200" : "border-red-400 bg-red-50 text-red-900 dark:bg-red-950/40 dark:text-red-200"}`}
    >
      {state.message}
    </p>
  );
}
