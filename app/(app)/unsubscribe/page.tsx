import type { Metadata } from "next";
import { ActionForm } from "@/components/forms/action-form";
import { unsubscribeAction } from "@/lib/actions/notification-actions";
import { isNotificationKind, KIND_LABELS } from "@/lib/notifications/kinds";

export const metadata: Metadata = { title: "Unsubscribe" };

// A button, not a GET that unsubscribes: mail scanners follow links, and should not turn anyone's email off.
export default async function UnsubscribePage({ searchParams }: { searchParams: Promise<{ u?: string; k?: string; t?: string }> }) {
  const { u = "", k = "", t = "" } = await searchParams;
  const valid = isNotificationKind(k) && /^\d+$/.test(u) && t.length > 0;
  return (
    <div className="mx-auto max-w-xl space-y-4">
      <h1 className="text-2xl font-semibold">Unsubscribe</h1>
      {valid ? (
        <>
          <p>
            Stop emails for: <strong>{KIND_LABELS[k]}</strong>? They still reach your inbox, and you can turn them back on under Settings.
          </p>
          <ActionForm
            label="Unsubscribe"
            action={unsubscribeAction}
            submitLabel="Stop these emails"
            fields={[
              { name: "u", label: "User", type: "hidden", defaultValue: u },
              { name: "k", label: "Kind", type: "hidden", defaultValue: k },
              { name: "t", label: "Token", type: "hidden", defaultValue: t },
            ]}
          />
        </>
      ) : (
        <p className="card text-sm">
          This unsubscribe link is incomplete. Open it again from the email, or change your notifications under Settings.
        </p>
      )}
    </div>
  );
}
