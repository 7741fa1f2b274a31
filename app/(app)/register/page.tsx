import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { RegisterForm } from "@/components/auth/register-form";
import { safeCallbackUrl } from "@/lib/auth/safe-redirect";
import { getViewer } from "@/lib/auth/session";
import { findValidInvite } from "@/lib/data/teams";
import { isFirstAccount, registrationMode } from "@/lib/data/users";

export const metadata: Metadata = { title: "Create an account" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function RegisterPage({ searchParams }: Props) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(params.callbackUrl);
  if (await getViewer()) redirect(callbackUrl);
  const invite = typeof params.invite === "string" ? params.invite : undefined;
  const team = invite ? await findValidInvite(invite) : null;
  const firstAccount = await isFirstAccount();
  const closed = registrationMode() === "invite-only" && !team && !firstAccount;
  return (
    <div className="mx-auto max-w-sm space-y-6">
      <h1 className="text-2xl font-semibold">Create an account</h1>
      {team && (
        <p className="card text-sm">
          You are joining the team <strong>{team.name}</strong>.
        </p>
      )}
      {invite && !team && (
        <p role="alert" className="card text-sm">
          This invite link has expired or was revoked. Ask your team lead for a new one.
        </p>
      )}
      {closed ? (
        <p className="card text-sm">Registration here is by invitation only. Ask a team lead for an invite link.</p>
      ) : (
        <RegisterForm invite={team ? invite : undefined} callbackUrl={callbackUrl} firstAccount={firstAccount} />
      )}
      <p className="text-sm muted">
        Already have an account? <Link href={`/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`}>Sign in</Link>.
      </p>
    </div>
  );
}
