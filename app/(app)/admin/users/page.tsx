import type { Metadata } from "next";
import Link from "next/link";
import { ActionButton, ActionForm } from "@/components/forms/action-form";
import { ForbiddenNotice } from "@/components/layout/forbidden-notice";
import { adminResetLinkAction } from "@/lib/actions/password-reset-actions";
import { adminRevokeTokenAction, deactivateUserAction, reactivateUserAction } from "@/lib/actions/user-admin-actions";
import { canManageUsers } from "@/lib/auth/permissions";
import { requireViewer } from "@/lib/auth/session";
import { activeTokensOf } from "@/lib/data/api-tokens";
import { listUsers, USERS_PAGE_SIZE } from "@/lib/data/users";
import { formatDateTime, isoDate } from "@/lib/format";
import { userListParams } from "@/lib/validation/account";

export const metadata: Metadata = { title: "Users" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const pageHref = (q: string | undefined, page: number) => {
  const params = new URLSearchParams();
  if (q) params.set("q", q);
  if (page > 1) params.set("page", String(page));
  return `/admin/users${params.size ? `?${params}` : ""}`;
};

const badge = "rounded px-1.5 py-0.5 text-xs font-medium";

export default async function AdminUsersPage({ searchParams }: Props) {
  const viewer = await requireViewer("/admin/users");
  if (!canManageUsers(viewer)) return <ForbiddenNotice title="Users" reason="Only admins see and manage the people who use this atlas." />;
  const { q, page } = userListParams.parse(await searchParams);
  const { total, users } = await listUsers(page, q);
  const tokens = await activeTokensOf(users.map((u) => u.id));
  const pages = Math.max(1, Math.ceil(total / USERS_PAGE_SIZE));

  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold">Users</h1>
        <p className="muted">
          Who has an account, their teams, when they last signed in and their active API tokens. Deactivating someone signs them out everywhere at
          once and stops their tokens; reactivating lets them sign in again.
        </p>
      </header>
      <form method="get" role="search" aria-label="Find users" className="card flex flex-wrap items-end gap-3 text-sm">
        <label className="space-y-1">
          <span className="block font-medium">Email or name contains</span>
          <input name="q" defaultValue={q ?? ""} className="input" />
        </label>
        <button type="submit" className="btn">
          Find
        </button>
        {q && <Link href="/admin/users">Clear</Link>}
      </form>
      <p role="status" className="text-sm muted">
        {total === 0 ? "No users match." : `${total} user${total === 1 ? "" : "s"}, newest first.`}
      </p>
      {users.length > 0 && (
        <div className="relative overflow-x-auto">
          {/* Wide enough that names and emails stay readable; narrow screens scroll the table sideways. */}
          <table className="w-full min-w-[52rem] text-left text-sm">
            <caption className="sr-only">Users</caption>
            <thead>
              <tr className="border-b border-zinc-200 dark:border-zinc-800">
                <th scope="col" className="py-2 pr-3">
                  Person
                </th>
                <th scope="col" className="py-2 pr-3">
                  Role
                </th>
                <th scope="col" className="py-2 pr-3">
                  Teams
                </th>
                <th scope="col" className="py-2 pr-3">
                  Last sign-in
                </th>
                <th scope="col" className="py-2 pr-3">
                  Active API tokens
                </th>
                <th scope="col" className="py-2">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {users.map((user) => {
                const own = tokens.filter((t) => t.userId === user.id);
                return (
                  <tr key={user.id} className="border-b border-zinc-100 align-top dark:border-zinc-900">
                    <th scope="row" className="py-2 pr-3 text-left font-normal">
                      <span className="block font-medium">{user.name}</span>
                      <span className="block break-all muted">{user.email}</span>
                    </th>
                    <td className="space-x-1 whitespace-nowrap py-2 pr-3">
                      <span>{user.isAdmin ? "admin" : "user"}</span>
                      {user.deactivatedAt && (
                        <span className={`${badge} bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-200`}>
                          deactivated {isoDate(user.deactivatedAt)}
                        </span>
                      )}
                    </td>
                    <td className="py-2 pr-3">
                      {user.memberships.length === 0 ? (
                        <span className="muted">none</span>
                      ) : (
                        user.memberships.map((m, i) => (
                          <span key={m.team.slug}>
                            {i > 0 && ", "}
                            <Link href={`/teams/${m.team.slug}`}>{m.team.name}</Link>
                            {m.role === "lead" && " (lead)"}
                          </span>
                        ))
                      )}
                    </td>
                    <td className="whitespace-nowrap py-2 pr-3">
                      {user.lastSignInAt ? formatDateTime(user.lastSignInAt) : <span className="muted">never</span>}
                    </td>
                    <td className="py-2 pr-3">
                      {own.length === 0 ? (
                        <span className="muted">none</span>
                      ) : (
                        <ul className="space-y-1">
                          {own.map((token) => (
                            <li key={token.id} className="flex flex-wrap items-center gap-2">
                              <span>
                                {token.name} <span className="font-mono muted">{token.prefix}…</span>
                                <span className="muted"> · {token.expiresAt ? `expires ${isoDate(token.expiresAt)}` : "never expires"}</span>
                              </span>
                              <ActionButton
                                action={adminRevokeTokenAction}
                                values={{ tokenId: token.id }}
                                label={`Revoke ${token.name}`}
                                confirm={`Revoke ${user.name}'s token “${token.name}”? Anything using it stops working.`}
                                tone="danger"
                              />
                            </li>
                          ))}
                        </ul>
                      )}
                    </td>
                    <td className="py-2 text-right">
                      {user.id === viewer.id ? (
                        <span className="muted">you</span>
                      ) : user.deactivatedAt ? (
                        <ActionButton action={reactivateUserAction} values={{ userId: user.id }} label={`Reactivate ${user.name}`} />
                      ) : (
                        <div className="flex flex-col items-end gap-1">
                          <ActionForm
                            label={`Reset link for ${user.name}`}
                            action={adminResetLinkAction}
                            submitLabel={`Create reset link for ${user.name}`}
                            secretLabel="Reset link (30 minutes, single use; copy it now)"
                            secretName="reset link"
                            inline
                            fields={[{ name: "userId", label: "User", type: "hidden", defaultValue: user.id }]}
                          />
                          <ActionButton
                            action={deactivateUserAction}
                            values={{ userId: user.id }}
                            label={`Deactivate ${user.name}`}
                            confirm={`Deactivate ${user.name}? They are signed out everywhere at once, and cannot sign in or use their API tokens until reactivated.`}
                            tone="danger"
                          />
                        </div>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {pages > 1 && (
        <nav aria-label="Pages" className="flex gap-4 text-sm">
          {page > 1 && <Link href={pageHref(q, page - 1)}>← Newer</Link>}
          <span>
            Page {page} of {pages}
          </span>
          {page < pages && <Link href={pageHref(q, page + 1)}>Older →</Link>}
        </nav>
      )}
    </div>
  );
}
