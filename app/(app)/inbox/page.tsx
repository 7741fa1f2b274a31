import type { Metadata } from "next";
import Link from "next/link";
import { ActionButton } from "@/components/forms/action-form";
import { markAllReadAction, markReadAction } from "@/lib/actions/notification-actions";
import { requireViewer } from "@/lib/auth/session";
import { countUnread, listInbox } from "@/lib/data/notifications";
import { formatDateTime } from "@/lib/format";
import { isNotificationKind, KIND_LABELS } from "@/lib/notifications/kinds";

export const metadata: Metadata = { title: "Inbox" };

export default async function InboxPage({ searchParams }: { searchParams: Promise<{ before?: string; unread?: string }> }) {
  const viewer = await requireViewer("/inbox");
  const params = await searchParams;
  const before = Number(params.before) > 0 ? Number(params.before) : undefined;
  const unreadOnly = params.unread === "1";
  const [{ items, nextBefore }, unread] = await Promise.all([listInbox(viewer.id, { before, unreadOnly }), countUnread(viewer.id)]);
  const query = (extra: Record<string, string>) => `/inbox?${new URLSearchParams({ ...(unreadOnly ? { unread: "1" } : {}), ...extra })}`;
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <header className="flex flex-wrap items-end justify-between gap-3">
        <div className="space-y-1">
          <h1 className="text-2xl font-semibold">Inbox</h1>
          <p className="muted">
            {unread === 0 ? "Nothing unread." : `${unread} unread.`} Choose what also reaches you by email under{" "}
            <Link href="/settings#notifications">Settings</Link>.
          </p>
        </div>
        {unread > 0 && <ActionButton action={markAllReadAction} values={{}} label="Mark all read" />}
      </header>
      <nav aria-label="Show" className="flex gap-3 text-sm">
        <Link href="/inbox" aria-current={unreadOnly ? undefined : "page"}>
          All
        </Link>
        <Link href="/inbox?unread=1" aria-current={unreadOnly ? "page" : undefined}>
          Unread only
        </Link>
      </nav>
      {items.length === 0 ? (
        <p className="card text-sm">
          {before
            ? "No older notifications."
            : "No notifications yet. Reviews, comments, @mentions, team invites and action items you are part of show up here."}
        </p>
      ) : (
        <ol className="space-y-2" aria-label="Notifications">
          {items.map((item) => (
            <li key={item.id} className={`card space-y-1 ${item.readAt ? "" : "border-l-4 border-l-indigo-600 dark:border-l-indigo-400"}`}>
              <p className="text-xs muted">
                {item.readAt ? "" : <strong className="text-indigo-800 dark:text-indigo-200">Unread · </strong>}
                {isNotificationKind(item.kind) ? KIND_LABELS[item.kind] : item.kind} · {formatDateTime(item.createdAt)}
              </p>
              <p>
                <Link href={item.link} className="font-medium">
                  {item.title}
                </Link>
              </p>
              {item.body && <p className="line-clamp-3 whitespace-pre-line text-sm">{item.body}</p>}
              {!item.readAt && <ActionButton action={markReadAction} values={{ id: item.id }} label={`Mark read: ${item.title}`} />}
            </li>
          ))}
        </ol>
      )}
      {nextBefore && (
        <nav aria-label="Older notifications" className="text-sm">
          <Link href={query({ before: String(nextBefore) })} className="btn-quiet">
            Older →
          </Link>
        </nav>
      )}
    </div>
  );
}
