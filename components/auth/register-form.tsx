"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useActionState, useRef, useState } from "react";
import { FormMessage, TextField } from "@/components/forms/field";
import { registerAction } from "@/lib/actions/account-actions";
import { PASSWORD_MIN } from "@/lib/validation/account";

/** The same words whether the email was new or already registered: the answer must not tell them apart. */
const REGISTERED = "If this email can be registered, your account is ready. Sign in to continue.";

type Props = { invite?: string; callbackUrl: string; firstAccount: boolean };

export function RegisterForm({ invite, callbackUrl, firstAccount }: Props) {
  const router = useRouter();
  const [state, action, pending] = useActionState(registerAction, null);
  const password = useRef("");
  const [signing, setSigning] = useState(false);
  const [signInError, setSignInError] = useState("");
  // React resets a form after its action: what was typed comes back as the fields' defaults, so a refused attempt
  // (passwords that differ, a name too long) keeps the name and email. Passwords are typed again.
  const [typed, setTyped] = useState({ name: "", email: "" });

  // Signing in is a separate, visible step: doing it automatically would show, by succeeding or not, whether the
  // email was new. It fails exactly as any sign-in with a wrong password does.
  async function continueSignedIn(email: string) {
    setSigning(true);
    setSignInError("");
    const result = await signIn("credentials", { redirect: false, email, password: password.current });
    setSigning(false);
    if (result?.ok && !result.error) {
      router.push(callbackUrl);
      router.refresh();
    } else {
      setSignInError("Email or password is wrong. Use the sign-in page if you already had an account.");
    }
  }

  if (state?.ok) {
    return (
      <div className="space-y-4">
        <p role="status" className="card text-sm">
          {REGISTERED}
        </p>
        <FormMessage state={signInError ? { ok: false, message: signInError } : null} />
        <button type="button" className="btn w-full" disabled={signing} onClick={() => void continueSignedIn(state.data.email)}>
          {signing ? "Signing in…" : `Sign in as ${state.data.email}`}
        </button>
      </div>
    );
  }

  const errors = state && !state.ok ? state.errors : undefined;
  return (
    <>
      {/* Before the form only: once it is sent, the account exists (or the email was taken) and "will be" is wrong. */}
      {firstAccount && (
        <p className="card text-sm">
          This is the first account on this atlas, so it will be an <strong>admin</strong>.
        </p>
      )}
      <form
        action={action}
        className="space-y-4"
        aria-label="Create an account"
        onSubmit={(e) => {
          const form = new FormData(e.currentTarget);
          password.current = String(form.get("password"));
          setTyped({ name: String(form.get("name") ?? ""), email: String(form.get("email") ?? "") });
        }}
      >
        <FormMessage state={state && !state.ok ? state : null} />
        {invite && <input type="hidden" name="invite" value={invite} />}
        <TextField name="name" label="Name" autoComplete="name" required maxLength={100} defaultValue={typed.name} errors={errors?.name} />
        <TextField
          name="email"
          label="Email"
          type="email"
          autoComplete="email"
          required
          maxLength={254}
          defaultValue={typed.email}
          errors={errors?.email}
        />
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
    </>
  );
}
