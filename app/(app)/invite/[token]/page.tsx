import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/forms/action-form";
import { acceptInviteAction } from "@/lib/actions/team-actions";
import { getViewer } from "@/lib/auth/session";
import { findValidInvite } from "@/lib/data/teams";

export const metadata: Metadata = { title: "Team invite" };

export default async function InvitePage({
  params,
  searchParams,
}: {
  params: Promise<{ token: string }>;
  searchParams: Promise<{ joined?: string }>;
}) {
  const [{ token }, { joined }] = await Promise.all([params, searchParams]);
  const [team, viewer] = await Promise.all([findValidInvite(token), getViewer()]);
  const here = `/invite/${encodeURIComponent(token)}`;
  // Registering through the link joins the team and comes back here: say so, rather than "already in".
  const afterRegister = `${here}?joined=1`;
  return (
    <div className="mx-auto max-w-md space-y-4">
      <h1 className="text-2xl font-semibold">Team invite</h1>
      {!team ? (
        <p role="alert" className="card text-sm">
          This invite link has expired or was revoked. Ask your team lead for a new one.
        </p>
      ) : viewer ? (
        viewer.teams.some((t) => t.id === team.id) ? (
          <p role="status" className="card text-sm">
            {joined ? "You joined " : "You are already in "}
            <Link href={`/teams/${team.slug}`}>{team.name}</Link>.
          </p>
        ) : (
          <>
            <p>
              You have been invited to join <strong>{team.name}</strong>.
            </p>
            <ActionForm
              label="Accept invite"
              action={acceptInviteAction}
              submitLabel={`Join ${team.name}`}
              fields={[{ name: "token", label: "Invite", type: "hidden", defaultValue: token }]}
            />
          </>
        )
      ) : (
        <div className="card space-y-2 text-sm">
          <p>
            You have been invited to join <strong>{team.name}</strong>.
          </p>
          <p>
            <Link href={`/register?invite=${encodeURIComponent(token)}&callbackUrl=${encodeURIComponent(afterRegister)}`}>Create an account</Link> or{" "}
            <Link href={`/signin?callbackUrl=${encodeURIComponent(here)}`}>sign in</Link> to accept.
          </p>
        </div>
      )}
    </div>
  );
}
