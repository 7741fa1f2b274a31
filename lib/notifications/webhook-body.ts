import type { WebhookEvent } from "@/lib/notifications/kinds";

const VERBS: Record<WebhookEvent, string> = {
  submitted: "submitted for review",
  published: "published",
  sent_back: "sent back",
  action_overdue: "an action item is overdue",
};

/**
 * Slack-compatible: Slack (and Mattermost, Discord's /slack endpoint, Teams workflows) show `text`; other receivers
 * read the structured fields beside it.
 */
export function webhookBody(input: { event: WebhookEvent; title: string; body?: string; url: string; actor: string }) {
  const comment = input.body ? `\n> ${input.body.replace(/\n/g, "\n> ")}` : "";
  return {
    text: `${input.actor}: <${input.url}|${input.title.replace(/[<>|]/g, "")}> (${VERBS[input.event]})${comment}`,
    event: input.event,
    title: input.title,
    url: input.url,
    actor: input.actor,
    ...(input.body ? { comment: input.body } : {}),
  };
}
