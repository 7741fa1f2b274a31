import { KIND_LABELS, NOTIFICATION_KINDS, type NotificationKind } from "@/lib/notifications/kinds";

export type MailItem = { kind: NotificationKind; title: string; body: string; link: string; createdAt: Date };
export type DigestGroup = { kind: NotificationKind; label: string; items: MailItem[] };

/** A digest lists its notifications by kind, in the order Settings shows the kinds, oldest first within a kind. */
export function groupDigest(items: MailItem[]): DigestGroup[] {
  return NOTIFICATION_KINDS.map((kind) => ({
    kind,
    label: KIND_LABELS[kind],
    items: items.filter((item) => item.kind === kind).sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime()),
  })).filter((group) => group.items.length > 0);
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c);

/**
 * Plain text plus simple HTML for one notification or a day's digest. Every kind in the mail gets its own
 * unsubscribe link; user text is escaped, never rendered as markup (mail clients are not our sanitiser).
 */
export function renderMail(items: MailItem[], options: { baseUrl: string; unsubscribeUrl: (kind: NotificationKind) => string }) {
  const groups = groupDigest(items);
  const url = (link: string) => new URL(link, options.baseUrl).toString();
  const subject = items.length === 1 && items[0] ? items[0].title : `Postmortem Atlas: ${items.length} notifications`;
  const text = [
    ...groups.flatMap((group) => [
      `${group.label}`,
      ...group.items.flatMap((item) => [`- ${item.title}`, ...(item.body ? [`  ${item.body.replace(/\n/g, "\n  ")}`] : []), `  ${url(item.link)}`]),
      `  Stop these emails: ${options.unsubscribeUrl(group.kind)}`,
      "",
    ]),
    "Change what you receive under Settings: " + url("/settings#notifications"),
  ].join("\n");
  const html = [
    `<div style="font-family:system-ui,sans-serif;line-height:1.5">`,
    ...groups.map(
      (group) =>
        `<h2 style="font-size:16px">${escapeHtml(group.label)}</h2><ul>${group.items
          .map(
            (item) =>
              `<li><a href="${escapeHtml(url(item.link))}">${escapeHtml(item.title)}</a>${item.body ? `<br><span style="white-space:pre-wrap">${escapeHtml(item.body)}</span>` : ""}</li>`,
          )
          .join("")}</ul><p style="font-size:12px"><a href="${escapeHtml(options.unsubscribeUrl(group.kind))}">Stop these emails</a></p>`,
    ),
    `<p style="font-size:12px"><a href="${escapeHtml(url("/settings#notifications"))}">Notification settings</a></p></div>`,
  ].join("");
  return { subject, text, html };
}
