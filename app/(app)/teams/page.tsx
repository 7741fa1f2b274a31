import type { Metadata } from "next";
import Link from "next/link";
import { CreateTeamForm } from "@/components/teams/create-team-form";
import { canCreateTeams } from "@/lib/auth/permissions";
import { requireViewer } from "@/lib/auth/session";
import { listTeams } from "@/lib/data/teams";

export const metadata: Metadata = { title: "Teams" };

export default async function TeamsPage() {
  const viewer = await requireViewer("/teams");
  const admin = canCreateTeams(viewer);
  const teams = admin ? await listTeams() : viewer.teams.map((t) => ({ ...t, _count: null }));
  return (
    <div className="mx-auto max-w-2xl space-y-8">
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold">Teams</h1>
        <p className="muted">
          {admin ? "Every team on this atlas. As an admin you can create teams and appoint leads." : "The teams you belong to."}
        </p>
      </header>
      {teams.length === 0 ? (
        <p className="card text-sm">
          You are not in a team yet. Ask a team lead to add you or to send you an invite link{admin ? ", or create the first team below" : ""}.
        </p>
      ) : (
        <ul className="space-y-2">
          {teams.map((team) => (
            <li key={team.id} className="card flex items-center justify-between">
              <Link href={`/teams/${team.slug}`} className="font-medium">
                {team.name}
              </Link>
              {team._count && (
                <span className="text-sm muted">{team._count.memberships === 1 ? "1 member" : `${team._count.memberships} members`}</span>
              )}
            </li>
          ))}
        </ul>
      )}
      {admin && (
        <section aria-labelledby="new-team" className="space-y-3">
          <h2 id="new-team" className="section-title">
            Create a team
          </h2>
          <CreateTeamForm />
        </section>
      )}
    </div>
  );
}
