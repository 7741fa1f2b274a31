import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionButton, ActionForm } from "@/components/forms/action-form";
import { Pager } from "@/components/pager";
import { RunList } from "@/components/checklists/run-list";
import { TeamPostmortemList } from "@/components/teams/team-postmortem-list";
import { TeamWebhooks } from "@/components/teams/team-webhooks";
import {
  addMemberAction,
  createInviteAction,
  removeMemberAction,
  revokeInviteAction,
  secondReviewerAction,
  setRoleAction,
} from "@/lib/actions/team-actions";
import { createFeedTokenAction, revokeFeedTokenAction } from "@/lib/actions/feed-token-actions";
import { canAppointLeads, canManageTeam, canRemoveMember, isMember } from "@/lib/auth/permissions";
import { requireViewer } from "@/lib/auth/session";
import { countRuns, listRuns } from "@/lib/data/checklist-runs";
import { hasFeedToken } from "@/lib/data/feed-tokens";
import { listTeamPostmortems, TEAM_PAGE_SIZE } from "@/lib/data/team-postmortems";
import { getTeam } from "@/lib/data/teams";
import { isoDate } from "@/lib/format";

export const metadata: Metadata = { title: "Team" };

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ page?: string; runs?: string; archived?: string; deliveries?: string; purged?: string }>;
};

const pageParam = (value: string | undefined) => Math.max(1, Math.min(10_000, Math.floor(Number(value)) || 1));

export default async function TeamPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const query = await searchParams;
  const pages = {
    page: pageParam(query.page),
    runs: pageParam(query.runs),
    archived: pageParam(query.archived),
    deliveries: pageParam(query.deliveries),
  };
  // Each list pages on its own; the other lists keep their place.
  const href = (key: keyof typeof pages) => (n: number) => {
    const next = new URLSearchParams();
    for (const [k, v] of Object.entries({ ...pages, [key]: n })) if (v > 1) next.set(k, String(v));
    return `/teams/${slug}${next.size ? `?${next}` : ""}`;
  };
  const viewer = await requireViewer(`/teams/${slug}`);
  const team = await getTeam(slug);
  // Outsiders get the same answer as for a team that does not exist.
  if (!team || !(isMember(viewer, team.id) || viewer.isAdmin)) notFound();
  const manage = canManageTeam(viewer, team.id);
  const leadCount = team.memberships.filter((m) => m.role === "lead").length;
  const member = isMember(viewer, team.id);
  const [postmortems, archived, runs, runCount, feedToken] = await Promise.all([
    listTeamPostmortems(team.id, false, pages.page),
    manage ? listTeamPostmortems(team.id, true, pages.archived) : null,
    listRuns(viewer, { teamId: team.id }, { skip: (pages.runs - 1) * TEAM_PAGE_SIZE, take: TEAM_PAGE_SIZE }),
    countRuns(viewer, { teamId: team.id }),
    member && hasFeedToken(viewer.id, team.id),
  ]);
  // Leads' changes are keyed by the set of leads, so a role change clears the add-member confirmation it made stale.
  const leads = team.memberships
    .filter((m) => m.role === "lead")
    .map((m) => m.user.id)
    .join(",");

  return (
    <div className="mx-auto max-w-3xl space-y-10">
      <header className="space-y-1">
        <nav aria-label="Breadcrumb" className="text-sm">
          <Link href="/teams">← Teams</Link>
        </nav>
        <h1 className="text-2xl font-semibold">{team.name}</h1>
        <p className="muted">
          {team.memberships.length} member{team.memberships.length === 1 ? "" : "s"} ·{" "}
          <Link href={`/new?team=${team.id}`}>File a postmortem for this team</Link> ·{" "}
          <Link href={`/teams/${team.slug}/insights`}>Team insights</Link> · <Link href={`/teams/${team.slug}/import`}>Import postmortems</Link> ·{" "}
          <a href={`/teams/${team.slug}/export`} download>
            Export all as a zip
          </a>
        </p>
        {query.purged && (
          <p role="status" className="rounded-md border border-emerald-400 bg-emerald-50 p-2 text-sm dark:bg-emerald-950/40">
            The postmortem and its history were purged.
          </p>
        )}
      </header>

      <section aria-labelledby="postmortems" className="space-y-3">
        <h2 id="postmortems" className="section-title">
          Postmortems
        </h2>
        <TeamPostmortemList
          items={postmortems.items}
          manage={manage}
          empty="No postmortems yet. File the first one — drafts stay inside the team until you choose otherwise."
        />
        <Pager page={pages.page} pages={postmortems.pages} href={href("page")} label="Postmortem pages" />
      </section>

      <section aria-labelledby="runs" className="space-y-3">
        <h2 id="runs" className="section-title">
          Checklist runs
        </h2>
        <RunList runs={runs} showChecklist empty="No runs yet. Open a checklist and start one against a cluster or service." />
        <Pager page={pages.runs} pages={Math.max(1, Math.ceil(runCount / TEAM_PAGE_SIZE))} href={href("runs")} label="Run pages" />
      </section>

      {member && (
        <section aria-labelledby="feed" className="space-y-3">
          <h2 id="feed" className="section-title">
            Team feed
          </h2>
          <p className="text-sm muted">
            An Atom feed of this team&apos;s published postmortems, team-only ones included, for your feed reader. The link holds your own secret:
            anyone who has it can read the feed until you revoke it, or until you leave the team.
          </p>
          <ActionForm
            label={feedToken ? "Replace your feed link" : "Create your feed link"}
            inline
            action={createFeedTokenAction}
            submitLabel={feedToken ? "Replace feed link" : "Create feed link"}
            secretLabel="Feed link (copy it now; it is not shown again)"
            secretName="feed link"
            secretPrefix={`${process.env.NEXTAUTH_URL ?? ""}/teams/${team.slug}/feed.xml?token=`}
            fields={[{ name: "teamId", label: "Team", type: "hidden", defaultValue: team.id }]}
          />
          {feedToken && (
            <p className="flex flex-wrap items-center gap-2 text-sm">
              You have a feed link for this team. Replacing it stops the old one.
              <ActionButton action={revokeFeedTokenAction} values={{ teamId: team.id }} label="Revoke feed link" tone="danger" />
            </p>
          )}
        </section>
      )}

      <section aria-labelledby="members" className="space-y-3">
        <h2 id="members" className="section-title">
          Members
        </h2>
        <div className="relative overflow-x-auto">
          <table className="list-table">
            <caption className="sr-only">Members of {team.name}</caption>
            <thead className="text-xs uppercase muted">
              <tr>
                <th scope="col" className="py-1">
                  Name
                </th>
                <th scope="col" className="hidden sm:table-cell">
                  Email
                </th>
                <th scope="col">Role</th>
                <th scope="col">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {team.memberships.map(({ user, role }) => {
                // Offered only where it would be accepted: the team keeps a lead (lib/data/teams.ts).
                const removable = canRemoveMember(viewer, team.id, { id: user.id, role }) && !(role === "lead" && leadCount <= 1);
                return (
                  <tr key={user.id} className="border-t border-zinc-200 align-middle dark:border-zinc-800">
                    <td className="py-2">
                      {user.name}
                      {/* On a phone the email goes under the name, so the row fits without scrolling sideways. */}
                      <span className="block break-all text-xs muted sm:hidden">{user.email}</span>
                    </td>
                    <td className="hidden break-all sm:table-cell">{user.email}</td>
                    <td className="capitalize">{role}</td>
                    <td className="space-x-2 whitespace-nowrap py-1 text-right">
                      {canAppointLeads(viewer) && (
                        <ActionButton
                          action={setRoleAction}
                          values={{ teamId: team.id, userId: user.id, role: role === "lead" ? "member" : "lead" }}
                          label={role === "lead" ? `Make ${user.name} a member` : `Make ${user.name} a lead`}
                          shortLabel={role === "lead" ? "Make member" : "Make lead"}
                        />
                      )}
                      {removable && (
                        <ActionButton
                          action={removeMemberAction}
                          values={{ teamId: team.id, userId: user.id }}
                          label={`Remove ${user.name}`}
                          shortLabel="Remove"
                          confirm={`Remove ${user.name} from ${team.name}?`}
                          tone="danger"
                        />
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        {manage && (
          <ActionForm
            key={leads}
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
        <section aria-labelledby="review-settings" className="space-y-3">
          <h2 id="review-settings" className="section-title">
            Review
          </h2>
          <p className="text-sm">
            {team.requireSecondReviewer
              ? "A second reviewer is required: the author of a postmortem cannot publish it, even if they are a lead or an admin."
              : "Leads may publish postmortems they wrote themselves."}
          </p>
          <ActionButton
            action={secondReviewerAction}
            values={{ teamId: team.id, required: team.requireSecondReviewer ? "off" : "on" }}
            label={team.requireSecondReviewer ? "Stop requiring a second reviewer" : "Require a second reviewer"}
          />
        </section>
      )}

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
              { name: "days", label: "Valid for (days)", type: "number", defaultValue: 7, min: 1, max: 30, required: true },
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

      {manage && <TeamWebhooks teamId={team.id} page={pages.deliveries} href={href("deliveries")} />}

      {manage && (
        <section aria-labelledby="archived" className="space-y-3">
          <h2 id="archived" className="section-title">
            Archived
          </h2>
          <TeamPostmortemList items={archived?.items ?? []} empty="Nothing archived." archived />
          <Pager page={pages.archived} pages={archived?.pages ?? 1} href={href("archived")} label="Archived pages" />
        </section>
      )}
    </div>
  );
}
