import type { Metadata } from "next";
import Link from "next/link";
import { NEW_PASSWORD_FIELDS } from "@/components/auth/new-password-fields";
import { ActionForm } from "@/components/forms/action-form";
import { resetPasswordAction } from "@/lib/actions/password-reset-actions";
import { resetIsValid } from "@/lib/data/password-resets";

export const metadata: Metadata = { title: "Set a new password", referrer: "no-referrer" };

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const valid = token.length <= 100 && (await resetIsValid(token));
  return (
    <div className="mx-auto max-w-sm space-y-6">
      <h1 className="text-2xl font-semibold">Set a new password</h1>
      {valid ? (
        <>
          <p className="text-sm muted">Setting it signs your account out everywhere.</p>
          <ActionForm
            label="New password"
            action={resetPasswordAction}
            submitLabel="Set password"
            fields={[{ name: "token", label: "Token", type: "hidden", defaultValue: token }, ...NEW_PASSWORD_FIELDS]}
          />
        </>
      ) : (
        <p className="card text-sm">
          This link has expired or was already used. <Link href="/forgot-password">Ask for a new one</Link>.
        </p>
      )}
      <p className="text-sm">
        <Link href="/signin">Sign in</Link>
      </p>
    </div>
  );
}
