import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionButton, ActionForm } from "@/components/forms/action-form";
import { RunList } from "@/components/checklists/run-list";
import { TeamPostmortemList } from "@/components/teams/team-postmortem-list";
import { addMemberAction, createInviteAction, removeMemberAction, revokeInviteAction, setRoleAction } from "@/lib/actions/team-actions";
import { canAppointLeads, canManageTeam, isMember } from "@/lib/auth/permissions";
import { requireViewer } from "@/lib/auth/session";
import { listRuns } from "@/lib/data/checklist-runs";
import { listTeamPostmortems } from "@/lib/data/team-postmortems";
import { getTeam } from "@/lib/data/teams";
import { isoDate } from "@/lib/format";

export const metadata: Metadata = { title: "Team" };

export default async function TeamPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const viewer = await requireViewer(`/teams/${slug}`);
  const team = await getTeam(slug);
  // Outsiders get the same answer as for a team that does not exist.
  if (!team || !(isMember(viewer, team.id) || viewer.isAdmin)) notFound();
  const manage = canManageTeam(viewer, team.id);
  const [postmortems, archived, runs] = await Promise.all([
    listTeamPostmortems(team.id, false),
    manage ? listTeamPostmortems(team.id, true) : [],
    listRuns(viewer, { teamId: team.id }),
  ]);

  return (
    <div className="mx-auto max-w-3xl space-y-10">
      <header className="space-y-1">
        <nav aria-label="Breadcrumb" className="text-sm">
          <Link href="/teams">← Teams</Link>
        </nav>
        <h1 className="text-2xl font-semibold">{team.name}</h1>
        <p className="muted">
          {team.memberships.length} member{team.memberships.length === 1 ? "" : "s"} ·{" "}
          <Link href={`/new?team=${team.id}`}>File a postmortem for this team</Link>
        </p>
      </header>

      <section aria-labelledby="postmortems" className="space-y-3">
        <h2 id="postmortems" className="section-title">
          Postmortems
        </h2>
        <TeamPostmortemList
          items={postmortems}
          empty="No postmortems yet. File the first one — drafts stay inside the team until you choose otherwise."
        />
      </section>

      <section aria-labelledby="runs" className="space-y-3">
        <h2 id="runs" className="section-title">
          Checklist runs
        </h2>
        <RunList runs={runs} showChecklist empty="No runs yet. Open a checklist and start one against a cluster or service." />
      </section>

      <section aria-labelledby="members" className="space-y-3">
        <h2 id="members" className="section-title">
          Members
        </h2>
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Members of {team.name}</caption>
          <thead className="text-xs uppercase muted">
            <tr>
              <th scope="col" className="py-1">
                Name
              </th>
              <th scope="col">Email</th>
              <th scope="col">Role</th>
              <th scope="col">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {team.memberships.map(({ user, role }) => (
              <tr key={user.id} className="border-t border-zinc-200 align-middle dark:border-zinc-800">
                <td className="py-2">{user.name}</td>
                <td>{user.email}</td>
                <td className="capitalize">{role}</td>
                <td className="space-x-2 py-1 text-right">
                  {canAppointLeads(viewer) && (
                    <ActionButton
                      action={setRoleAction}
                      values={{ teamId: team.id, userId: user.id, role: role === "lead" ? "member" : "lead" }}
                      label={role === "lead" ? `Make ${user.name} a member` : `Make ${user.name} a lead`}
                    />
                  )}
                  {manage && (
                    <ActionButton
                      action={removeMemberAction}
                      values={{ teamId: team.id, userId: user.id }}
                      label={`Remove ${user.name}`}
                      confirm={`Remove ${user.name} from ${team.name}?`}
                      tone="danger"
                    />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {manage && (
          <ActionForm
            label="Add a member"
            inline
            action={addMemberAction}
            submitLabel="Add member"
            fields={[
              { name: "teamId", label: "Team", type: "hidden", defaultValue: team.id },
              { name: "email", label: "Email of an existing account", type: "email", required: true },
            ]}
          />
        )}
      </section>

      {manage && (
        <section aria-labelledby="invites" className="space-y-3">
          <h2 id="invites" className="section-title">
            Invite links
          </h2>
          <p className="text-sm muted">Anyone with the link can join {team.name} until it expires or you revoke it.</p>
          <ActionForm
            label="Create an invite link"
            inline
            action={createInviteAction}
            submitLabel="Create invite link"
            secretLabel="Invite link (copy it now; it is not shown again)"
            secretName="invite link"
            secretPrefix={`${process.env.NEXTAUTH_URL ?? ""}/invite/`}
            fields={[
              { name: "teamId", label: "Team", type: "hidden", defaultValue: team.id },
              { name: "days", label: "Valid for (days)", type: "number", defaultValue: 7, required: true },
            ]}
          />
          {team.invites.length > 0 && (
            <ul className="space-y-1 text-sm">
              {team.invites.map((invite) => (
                <li key={invite.id} className="flex items-center justify-between gap-2">
                  <span>
                    Created by {invite.createdBy.name} on {isoDate(invite.createdAt)}, expires {isoDate(invite.expiresAt)}
                  </span>
                  <ActionButton action={revokeInviteAction} values={{ inviteId: invite.id }} label="Revoke" tone="danger" />
                </li>
              ))}
            </ul>
          )}
        </section>
      )}

      {manage && (
        <section aria-labelledby="archived" className="space-y-3">
          <h2 id="archived" className="section-title">
            Archived
          </h2>
          <TeamPostmortemList items={archived} empty="Nothing archived." archived />
        </section>
      )}
    </div>
  );
}
