// The kinds of notification, what Settings calls them, and which webhook event (if any) each one also fires.
// Another module adds a kind here and calls notify() (lib/data/notify.ts) in the transaction of its event.

export const NOTIFICATION_KINDS = [
  "review_requested",
  "sent_back",
  "published",
  "unpublished",
  "comment",
  "mention",
  "invite_accepted",
  "action_assigned",
  "action_due",
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const KIND_LABELS: Record<NotificationKind, string> = {
  review_requested: "A postmortem of your team waits for review",
  sent_back: "Your postmortem was sent back",
  published: "Your postmortem was published",
  unpublished: "Your postmortem was unpublished",
  comment: "A comment on a postmortem you wrote or discussed",
  mention: "Someone @mentioned you",
  invite_accepted: "Someone joined your team with an invite",
  action_assigned: "An action item was given to you",
  action_due: "An action item of yours is due within 3 days or overdue",
};

export const WEBHOOK_EVENTS = ["submitted", "published", "sent_back", "action_overdue"] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

export const isNotificationKind = (value: string): value is NotificationKind => (NOTIFICATION_KINDS as readonly string[]).includes(value);
