import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";

export function FieldError({ id, messages }: { id: string; messages?: string[] }) {
  if (!messages?.length) return null;
  return (
    <p id={id} className="text-sm text-red-700 dark:text-red-400">
      {messages.join(" ")}
    </p>
  );
}

type FieldChrome = { name: string; label: ReactNode; errors?: string[]; hint?: ReactNode; className?: string };

/** Label, hint and error around a control, wired up through aria-describedby and aria-invalid. */
function Field({
  id,
  label,
  errors,
  hint,
  className,
  control,
}: Omit<FieldChrome, "name"> & { id: string; control: (aria: { "aria-invalid"?: true; "aria-describedby"?: string }) => ReactNode }) {
  const describedBy = [hint ? `${id}-hint` : null, errors?.length ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={`space-y-1 ${className ?? ""}`}>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="text-xs muted">
          {hint}
        </p>
      )}
      {control({ "aria-invalid": errors?.length ? true : undefined, "aria-describedby": describedBy })}
      <FieldError id={`${id}-error`} messages={errors} />
    </div>
  );
}

export function TextField({ name, label, errors, hint, className, ...input }: FieldChrome & InputHTMLAttributes<HTMLInputElement>) {
  const id = input.id ?? `field-${name}`;
  return (
    <Field
      id={id}
      label={label}
      errors={errors}
      hint={hint}
      className={className}
      control={(aria) => <input id={id} name={name} className="input" {...aria} {...input} />}
    />
  );
}

export function TextAreaField({ name, label, errors, hint, className, ...input }: FieldChrome & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const id = input.id ?? `field-${name}`;
  return (
    <Field
      id={id}
      label={label}
      errors={errors}
      hint={hint}
      className={className}
      control={(aria) => <textarea id={id} name={name} className="input min-h-20" {...aria} {...input} />}
    />
  );
}

export function SelectField({
  name,
  label,
  errors,
  hint,
  className,
  options,
  ...select
}: FieldChrome & SelectHTMLAttributes<HTMLSelectElement> & { options: { value: string; label: string }[] }) {
  const id = select.id ?? `field-${name}`;
  return (
    <Field
      id={id}
      label={label}
      errors={errors}
      hint={hint}
      className={className}
      control={(aria) => (
        <select id={id} name={name} className="input" {...aria} {...select}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    />
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
