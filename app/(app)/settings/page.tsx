import type { Metadata } from "next";
import { ActionButton, ActionForm } from "@/components/forms/action-form";
import { changePasswordAction, createApiTokenAction, revokeApiTokenAction, updateProfileAction } from "@/lib/actions/account-actions";
import { requireViewer } from "@/lib/auth/session";
import { listApiTokens } from "@/lib/data/api-tokens";
import { isoDate } from "@/lib/format";
import { PASSWORD_MIN } from "@/lib/validation/account";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const viewer = await requireViewer("/settings");
  const tokens = await listApiTokens(viewer.id);
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
            {
              name: "password",
              label: "New password",
              type: "password",
              required: true,
              autoComplete: "new-password",
              hint: `At least ${PASSWORD_MIN} characters.`,
            },
            { name: "confirm", label: "Repeat the new password", type: "password", required: true, autoComplete: "new-password" },
          ]}
        />
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
          fields={[{ name: "name", label: "Token name", required: true, hint: "What it is for, e.g. “CI import”." }]}
        />
        {tokens.length === 0 ? (
          <p className="text-sm muted">You have no active tokens.</p>
        ) : (
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Active API tokens</caption>
            <thead className="text-xs uppercase muted">
              <tr>
                <th scope="col" className="py-1">
                  Name
                </th>
                <th scope="col">Starts with</th>
                <th scope="col">Created</th>
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
                  <td>{token.lastUsedAt ? isoDate(token.lastUsedAt) : "never"}</td>
                  <td className="text-right">
                    <ActionButton
                      action={revokeApiTokenAction}
                      values={{ tokenId: token.id }}
                      label={`Revoke ${token.name}`}
                      confirm={`Revoke the token “${token.name}”? Anything using it stops working.`}
                      tone="danger"
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
