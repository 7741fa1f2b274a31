"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { FormMessage, TextField } from "@/components/forms/field";
import { waitText } from "@/lib/auth/wait-text";

const ERRORS: Record<string, string> = {
  CredentialsSignin: "Email or password is wrong.",
  AccountDeactivated: "This account has been deactivated. Ask an admin if you think that is a mistake.",
  SignedOutEverywhere: "You were signed out everywhere. Sign in again to continue.",
  OidcNotAllowed: "Your single sign-on account cannot be used here. Ask an admin for an invite, or sign in with a password.",
  OidcNoEmail: "Your single sign-on provider did not share an email address.",
  SessionRequired: "Sign in to continue.",
};

/** The sign-in route answers 429 with the error code `RateLimited.<seconds to wait>`. */
function errorMessage(code: string | null | undefined, fallback = "Email or password is wrong."): string {
  const limited = code?.match(/^RateLimited\.(\d+)$/);
  if (limited) return `Too many failed sign-in attempts. Try again in ${waitText(Number(limited[1]))}.`;
  return ERRORS[code ?? ""] ?? fallback;
}

export function SignInForm({ callbackUrl, initialError, sso }: { callbackUrl: string; initialError?: string; sso?: { name: string } }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState(initialError ? errorMessage(initialError, "Sign-in failed. Try again.") : "");

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setError("");
    const form = new FormData(event.currentTarget);
    const result = await signIn("credentials", { redirect: false, email: form.get("email"), password: form.get("password") });
    setPending(false);
    if (result?.ok && !result.error) {
      router.push(callbackUrl);
      router.refresh();
    } else {
      setError(errorMessage(result?.error));
    }
  }

  return (
    <div className="space-y-6">
      <form onSubmit={submit} className="space-y-4" aria-label="Sign in with email">
        <FormMessage state={error ? { ok: false, message: error } : null} />
        <TextField name="email" label="Email" type="email" autoComplete="email" required />
        <TextField name="password" label="Password" type="password" autoComplete="current-password" required />
        <button type="submit" className="btn w-full" disabled={pending}>
          {pending ? "Signing in…" : "Sign in"}
        </button>
      </form>
      {sso && (
        <div className="space-y-2 border-t border-zinc-200 pt-4 dark:border-zinc-800">
          <button type="button" className="btn-quiet w-full" onClick={() => signIn("oidc", { callbackUrl })}>
            Sign in with {sso.name}
          </button>
        </div>
      )}
    </div>
  );
}
