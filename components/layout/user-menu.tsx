import Link from "next/link";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { canManageTaxonomy, canManageUsers, canReview } from "@/lib/auth/permissions";
import { getViewer } from "@/lib/auth/session";
import type { Viewer } from "@/lib/auth/viewer-types";
import { countReviewQueue } from "@/lib/data/review";
import { countUnderTagged } from "@/lib/data/tagging";

/** Leads' and admins' work, with how much of it is waiting. */
async function LeadLinks({ viewer }: { viewer: Viewer }) {
  if (!canReview(viewer)) return null;
  const [review, tagging] = await Promise.all([countReviewQueue(viewer), countUnderTagged(viewer)]);
  return (
    <nav aria-label="Lead tools" className="flex flex-wrap gap-3">
      <Link href="/review">Review ({review})</Link>
      <Link href="/review/tagging">Tagging ({tagging})</Link>
      <Link href="/admin/audit">Audit log</Link>
      {canManageTaxonomy(viewer) && <Link href="/admin/taxonomy">Taxonomy</Link>}
      {canManageUsers(viewer) && <Link href="/admin/users">Users</Link>}
    </nav>
  );
}

/** Who you are and which teams you are in, on every page. */
export async function UserMenu() {
  const viewer = await getViewer();
  if (!viewer) {
    return (
      <div className="flex items-center gap-3 text-sm">
        <Link href="/signin">Sign in</Link>
        <Link href="/register" className="btn-quiet">
          Create account
        </Link>
      </div>
    );
  }
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm" aria-label="Your account" role="group">
      <Link href="/new" className="btn">
        New postmortem
      </Link>
      <LeadLinks viewer={viewer} />
      <span>
        Signed in as <Link href="/settings">{viewer.name}</Link>
        {viewer.isAdmin && (
          <span className="ml-1 rounded bg-indigo-100 px-1.5 py-0.5 text-xs font-medium text-indigo-900 dark:bg-indigo-900 dark:text-indigo-100">
            admin
          </span>
        )}
      </span>
      <span className="muted">
        {viewer.teams.length === 0 ? (
          <Link href="/teams">No team yet</Link>
        ) : (
          <>
            Teams:{" "}
            {viewer.teams.map((team, i) => (
              <span key={team.id}>
                {i > 0 && ", "}
                <Link href={`/teams/${team.slug}`}>{team.name}</Link>
                {team.role === "lead" && " (lead)"}
              </span>
            ))}
          </>
        )}
      </span>
      <SignOutButton />
    </div>
  );
}
