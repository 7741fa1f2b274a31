"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useActionState, useEffect, useRef } from "react";
import { FormMessage, TextField } from "@/components/forms/field";
import { registerAction } from "@/lib/actions/account-actions";
import { PASSWORD_MIN } from "@/lib/validation/account";

export function RegisterForm({ invite, callbackUrl }: { invite?: string; callbackUrl: string }) {
  const router = useRouter();
  const [state, action, pending] = useActionState(registerAction, null);
  const password = useRef("");

  // Registered: sign straight in with the same credentials.
  useEffect(() => {
    if (!state?.ok) return;
    void signIn("credentials", { redirect: false, email: state.data.email, password: password.current }).then(() => {
      router.push(callbackUrl);
      router.refresh();
    });
  }, [state, callbackUrl, router]);

  const errors = state && !state.ok ? state.errors : undefined;
  return (
    <form
      action={action}
      className="space-y-4"
      aria-label="Create an account"
      onSubmit={(e) => (password.current = String(new FormData(e.currentTarget).get("password")))}
    >
      <FormMessage state={state && !state.ok ? state : null} />
      {state?.ok && <p role="status">Account created. Signing you in…</p>}
      {invite && <input type="hidden" name="invite" value={invite} />}
      <TextField name="name" label="Name" autoComplete="name" required errors={errors?.name} />
      <TextField name="email" label="Email" type="email" autoComplete="email" required errors={errors?.email} />
      <TextField
        name="password"
        label="Password"
        type="password"
        autoComplete="new-password"
        required
        minLength={PASSWORD_MIN}
        hint={`At least ${PASSWORD_MIN} characters.`}
        errors={errors?.password}
      />
      <TextField name="confirm" label="Repeat the password" type="password" autoComplete="new-password" required errors={errors?.confirm} />
      <button type="submit" className="btn w-full" disabled={pending}>
        {pending ? "Creating your account…" : "Create account"}
      </button>
    </form>
  );
}
