import type { Metadata } from "next";
import Link from "next/link";
import { ActionButton, ActionForm } from "@/components/forms/action-form";
import { NEW_PASSWORD_FIELDS } from "@/components/auth/new-password-fields";
import { NotificationSettingsForm } from "@/components/notifications/notification-settings-form";
import { notificationSettingsAction } from "@/lib/actions/notification-actions";
import {
  changePasswordAction,
  createApiTokenAction,
  revokeApiTokenAction,
  signOutEverywhereAction,
  updateProfileAction,
} from "@/lib/actions/account-actions";
import { requireViewer } from "@/lib/auth/session";
import { listApiTokens } from "@/lib/data/api-tokens";
import { notificationSettings } from "@/lib/data/notifications";
import { env } from "@/lib/env";
import { KIND_LABELS, NOTIFICATION_KINDS } from "@/lib/notifications/kinds";
import { isoDate } from "@/lib/format";
import { DEFAULT_TOKEN_LIFETIME, TOKEN_LIFETIMES } from "@/lib/validation/account";

const LIFETIME_LABELS: Record<(typeof TOKEN_LIFETIMES)[number], string> = {
  "7": "7 days",
  "30": "30 days",
  "90": "90 days",
  "365": "1 year",
  never: "Never (not recommended)",
};

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const viewer = await requireViewer("/settings");
  const [tokens, notify] = await Promise.all([listApiTokens(viewer.id), notificationSettings(viewer.id)]);
  return (
    <div className="mx-auto max-w-2xl space-y-10">
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold">Settings</h1>
        <p className="muted">
          {viewer.email}
          {viewer.isAdmin && " · site admin"}
        </p>
      </header>

      <section aria-labelledby="profile" className="space-y-3">
        <h2 id="profile" className="section-title">
          Profile
        </h2>
        <ActionForm
          label="Profile"
          action={updateProfileAction}
          submitLabel="Save name"
          fields={[{ name: "name", label: "Name", required: true, defaultValue: viewer.name, autoComplete: "name" }]}
        />
      </section>

      <section aria-labelledby="notifications" className="space-y-3">
        <h2 id="notifications" className="section-title">
          Notifications
        </h2>
        <p className="text-sm muted">
          Everything reaches your <Link href="/inbox">inbox</Link>. Choose which kinds also come by email.
        </p>
        <NotificationSettingsForm
          action={notificationSettingsAction}
          kinds={NOTIFICATION_KINDS.map((kind) => ({ kind, label: KIND_LABELS[kind] }))}
          email={notify.email}
          digest={notify.digest}
          mailConfigured={Boolean(env().SMTP_URL)}
        />
      </section>

      <section aria-labelledby="password" className="space-y-3">
        <h2 id="password" className="section-title">
          Password
        </h2>
        <ActionForm
          label="Change password"
          action={changePasswordAction}
          submitLabel="Change password"
          fields={[
            {
              name: "current",
              label: "Current password",
              type: "password",
              autoComplete: "current-password",
              hint: "Leave empty if you signed up with single sign-on and never set one.",
            },
            ...NEW_PASSWORD_FIELDS,
          ]}
        />
      </section>

      <section aria-labelledby="sessions" className="space-y-3">
        <h2 id="sessions" className="section-title">
          Sessions
        </h2>
        <p className="text-sm muted">
          Signed in on a computer you no longer have, or think someone copied your session? This ends every session of yours, on every device, this
          one included. Your API tokens keep working; revoke them below.
        </p>
        <ActionForm label="Sign out everywhere" action={signOutEverywhereAction} submitLabel="Sign out everywhere" fields={[]} />
      </section>

      <section aria-labelledby="tokens" className="space-y-3">
        <h2 id="tokens" className="section-title">
          API tokens
        </h2>
        <p className="text-sm muted">
          Use a token as <code>Authorization: Bearer &lt;token&gt;</code> to call the API as yourself. Only a hash is stored; the token is shown once.
        </p>
        <ActionForm
          label="New API token"
          action={createApiTokenAction}
          submitLabel="Create token"
          secretName="API token"
          fields={[
            { name: "name", label: "Token name", required: true, hint: "What it is for, e.g. “CI import”." },
            {
              name: "expiresIn",
              label: "Expires after",
              type: "select",
              defaultValue: DEFAULT_TOKEN_LIFETIME,
              options: TOKEN_LIFETIMES.map((value) => ({ value, label: LIFETIME_LABELS[value] })),
            },
          ]}
        />
        {tokens.length === 0 ? (
          <p className="text-sm muted">You have no active tokens.</p>
        ) : (
          <div className="relative overflow-x-auto">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">Your API tokens</caption>
              <thead className="text-xs uppercase muted">
                <tr>
                  <th scope="col" className="py-1">
                    Name
                  </th>
                  <th scope="col">Starts with</th>
                  <th scope="col">Created</th>
                  <th scope="col">Expires</th>
                  <th scope="col">Last used</th>
                  <th scope="col">
                    <span className="sr-only">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {tokens.map((token) => (
                  <tr key={token.id} className="border-t border-zinc-200 dark:border-zinc-800">
                    <td className="py-2">{token.name}</td>
                    <td className="font-mono">{token.prefix}…</td>
                    <td>{isoDate(token.createdAt)}</td>
                    <td>
                      {token.expired ? (
                        <span className="rounded bg-red-100 px-1.5 py-0.5 text-xs font-medium text-red-900 dark:bg-red-950 dark:text-red-200">
                          expired {isoDate(token.expiresAt!)}
                        </span>
                      ) : token.expiresAt ? (
                        isoDate(token.expiresAt)
                      ) : (
                        "never"
                      )}
                    </td>
                    <td>{token.lastUsedAt ? isoDate(token.lastUsedAt) : "never"}</td>
                    <td className="text-right">
                      <ActionButton
                        action={revokeApiTokenAction}
                        values={{ tokenId: token.id }}
                        label={token.expired ? `Remove ${token.name}` : `Revoke ${token.name}`}
                        confirm={
                          token.expired
                            ? `Remove the expired token “${token.name}”?`
                            : `Revoke the token “${token.name}”? Anything using it stops working.`
                        }
                        tone="danger"
                      />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
