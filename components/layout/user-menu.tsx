import { Bell, ChevronDown, Plus, UserRound } from "lucide";
import { Icon } from "@/components/icon";
import Link from "next/link";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { Disclosure } from "@/components/layout/disclosure";
import { canManageTaxonomy, canManageUsers, canReview } from "@/lib/auth/permissions";
import { getViewer } from "@/lib/auth/session";
import type { Viewer } from "@/lib/auth/viewer-types";
import { countUnread } from "@/lib/data/notifications";
import { countReviewQueue } from "@/lib/data/review";
import { countUnderTagged } from "@/lib/data/tagging";

/** Leads' and admins' queues, with how much of each is waiting; they stay in the header row. */
async function LeadLinks({ viewer }: { viewer: Viewer }) {
  if (!canReview(viewer)) return null;
  const [review, tagging] = await Promise.all([countReviewQueue(viewer), countUnderTagged(viewer)]);
  return (
    <nav aria-label="Lead tools" className="user-links">
      <Link href="/review">Review ({review})</Link>
      <Link href="/review/tagging">Tagging ({tagging})</Link>
    </nav>
  );
}

/** The inbox with its unread count: one indexed count, and only for signed-in pages (anonymous ones are cached). */
async function InboxLink({ viewer }: { viewer: Viewer }) {
  const unread = await countUnread(viewer.id);
  return (
    <Link
      href="/inbox"
      className="inbox-link inline-flex min-h-8 min-w-8 items-center justify-center gap-1"
      aria-label={unread ? `Inbox, ${unread} unread` : "Inbox"}
    >
      <Icon node={Bell} className="size-4" />
      {/* The bell and the count alone in the one-row header at 1280 px; the accessible name always says it. */}
      <span aria-hidden="true">
        <span className="xl:sr-only">Inbox</span>
        {unread > 0 && (
          <span className="ml-1 rounded-full bg-indigo-700 px-1.5 text-xs font-semibold text-white dark:bg-indigo-300 dark:text-indigo-950">
            {unread}
          </span>
        )}
      </span>
    </Link>
  );
}

/** Who you are, your teams and the rarer links: a drop-down on wide screens, a plain list inside the menu below. */
function AccountPanel({ viewer }: { viewer: Viewer }) {
  return (
    <>
      <p>
        Signed in as <strong>{viewer.name}</strong>
        {viewer.isAdmin && (
          <span className="ml-1 rounded bg-indigo-100 px-1.5 py-0.5 text-xs font-medium text-indigo-900 dark:bg-indigo-900 dark:text-indigo-100">
            admin
          </span>
        )}
      </p>
      <p className="muted">
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
      </p>
      <ul className="space-y-1">
        <li>
          <Link href="/actions">Action items</Link>
        </li>
        <li>
          <Link href="/settings">Settings</Link>
        </li>
        <li>
          <Link href="/suggest">Suggest a story</Link>
        </li>
        {canReview(viewer) && (
          <li>
            <Link href="/admin/audit">Audit log</Link>
          </li>
        )}
        {canManageTaxonomy(viewer) && (
          <li>
            <Link href="/admin/taxonomy">Taxonomy</Link>
          </li>
        )}
        {canManageUsers(viewer) && (
          <li>
            <Link href="/admin/users">Users</Link>
          </li>
        )}
        {canManageUsers(viewer) && (
          <li>
            <Link href="/admin/suggestions">Suggestions</Link>
          </li>
        )}
      </ul>
      <SignOutButton />
    </>
  );
}

/** The signed-in part of the header (or the sign-in links), on every page. */
export async function UserMenu() {
  const viewer = await getViewer();
  if (!viewer) {
    return (
      <div className="user-links">
        <Link href="/signin">Sign in</Link>
        <Link href="/register" className="btn-quiet">
          Create account
        </Link>
      </div>
    );
  }
  return (
    <div className="user-area" aria-label="Your account" role="group">
      {/* "New" alone in the one-row header at 1280 px; the accessible name is always "New postmortem". */}
      <Link href="/new" className="btn shrink-0 gap-1">
        <Icon node={Plus} className="size-4" />
        New<span className="xl:sr-only"> postmortem</span>
      </Link>
      <InboxLink viewer={viewer} />
      <LeadLinks viewer={viewer} />
      <div className="relative">
        <Disclosure
          id="account-menu"
          popover
          buttonClassName="account-button"
          panelClassName="account-panel"
          ariaLabel={`Account: ${viewer.name}`}
          label={
            <>
              <Icon node={UserRound} className="size-5" />
              <Icon node={ChevronDown} className="size-4" />
            </>
          }
        >
          <AccountPanel viewer={viewer} />
        </Disclosure>
      </div>
    </div>
  );
}
