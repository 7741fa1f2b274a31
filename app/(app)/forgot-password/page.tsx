import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/forms/action-form";
import { forgotPasswordAction } from "@/lib/actions/password-reset-actions";
import { env } from "@/lib/env";

export const metadata: Metadata = { title: "Forgot password" };

export default function ForgotPasswordPage() {
  const mail = Boolean(env().SMTP_URL);
  return (
    <div className="mx-auto max-w-sm space-y-6">
      <h1 className="text-2xl font-semibold">Forgot your password?</h1>
      {mail ? (
        <>
          <p className="text-sm muted">Enter the email of your account. We send a link to set a new password; it works once, for 30 minutes.</p>
          <ActionForm
            label="Reset password"
            action={forgotPasswordAction}
            submitLabel="Send me a link"
            fields={[{ name: "email", label: "Email", type: "email", required: true, autoComplete: "email" }]}
          />
        </>
      ) : (
        <p className="card text-sm">
          This atlas does not send email. Ask a site admin for a reset link: they can make one for your account under Users. It works once, for 30
          minutes.
        </p>
      )}
      <p className="text-sm">
        <Link href="/signin">Back to sign in</Link>
      </p>
    </div>
  );
}
