"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/forms/field";
import type { FormState } from "@/lib/actions/form-action";

type Action = (state: FormState<string>, formData: FormData) => Promise<FormState<string>>;

/** Each kind's email switch and immediate or daily delivery. The inbox always gets everything. */
export function NotificationSettingsForm({
  action,
  kinds,
  email,
  digest,
  mailConfigured,
}: {
  action: Action;
  kinds: { kind: string; label: string }[];
  email: Record<string, boolean>;
  digest: boolean;
  mailConfigured: boolean;
}) {
  const [state, formAction, pending] = useActionState<FormState<string>, FormData>(action, null);
  return (
    <form action={formAction} aria-label="Notification emails" className="space-y-3">
      {!mailConfigured && <p className="text-sm muted">This atlas has no mail server configured (SMTP_URL), so these apply once it has one.</p>}
      <fieldset className="space-y-1">
        <legend className="text-sm font-medium">Email me when</legend>
        {kinds.map(({ kind, label }) => (
          <label key={kind} className="flex items-center gap-2 text-sm">
            <input type="checkbox" name="email" value={kind} defaultChecked={email[kind]} className="size-4" />
            {label}
          </label>
        ))}
      </fieldset>
      <div className="space-y-1">
        <label htmlFor="notify-delivery" className="block text-sm font-medium">
          Send them
        </label>
        <select id="notify-delivery" name="delivery" defaultValue={digest ? "digest" : "immediate"} className="input w-auto">
          <option value="immediate">At once, one email each</option>
          <option value="digest">In a daily digest (07:00 UTC)</option>
        </select>
      </div>
      <button type="submit" className="btn" disabled={pending}>
        {pending ? "Working…" : "Save notification settings"}
      </button>
      <FormMessage state={state && (state.ok ? { ok: true, message: state.data } : state)} />
    </form>
  );
}
