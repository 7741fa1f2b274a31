import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { oidcProvider } from "@/lib/auth/options";
import { safeCallbackUrl } from "@/lib/auth/safe-redirect";
import { getViewer } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Sign in" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignInPage({ searchParams }: Props) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(params.callbackUrl);
  if (await getViewer()) redirect(callbackUrl);
  const sso = oidcProvider();
  return (
    <div className="mx-auto max-w-sm space-y-6">
      <h1 className="text-2xl font-semibold">Sign in</h1>
      <SignInForm
        callbackUrl={callbackUrl}
        initialError={typeof params.error === "string" ? params.error : undefined}
        sso={sso ? { name: sso.name } : undefined}
      />
      <p className="text-sm">
        <Link href="/forgot-password">Forgot password?</Link>
      </p>
      <p className="text-sm muted">
        No account yet? <Link href={`/register?callbackUrl=${encodeURIComponent(callbackUrl)}`}>Create one</Link>.
      </p>
    </div>
  );
}
