import type { NotificationKind } from "@/lib/notifications/kinds";

/** What an event knows about the people around it; each kind picks its recipients from these. */
export type Audience = {
  /** Who did it; null for the app itself (a reminder), which tells everyone concerned. */
  actorId: number | null;
  /** Who wrote the postmortem (null when the account is gone). */
  authorId?: number | null;
  /** The team's leads. */
  leads?: number[];
  /** Everyone who commented in the thread before. */
  participants?: number[];
  /** Team members named with @ in a comment. */
  mentioned?: number[];
  /** The user who owns an action item. */
  owner?: number | null;
};

/**
 * Who is told about an event. Nobody is told about their own action, each person is told once, and a comment that
 * mentions someone reaches them as a mention (the more specific kind), not as a comment too.
 */
export function recipientsFor(kind: NotificationKind, audience: Audience): number[] {
  const { actorId, authorId, leads = [], participants = [], mentioned = [], owner } = audience;
  const author = authorId ? [authorId] : [];
  const owners = owner ? [owner] : [];
  const picked: Record<NotificationKind, number[]> = {
    review_requested: leads,
    invite_accepted: leads,
    sent_back: author,
    published: author,
    unpublished: author,
    mention: mentioned,
    comment: [...author, ...participants].filter((id) => !mentioned.includes(id)),
    action_assigned: owners,
    action_due: owners,
  };
  return [...new Set(picked[kind])].filter((id) => id !== actorId);
}

/** The @handles in a comment: `@name` where name is the part of an email before the @, or a whole email. */
export function mentionedHandles(markdown: string): string[] {
  const handles = new Set<string>();
  for (const match of markdown.matchAll(/(?:^|[^\w@.])@([a-z0-9][\w.+-]*(?:@[a-z0-9.-]+\.[a-z]{2,})?)/gi)) {
    if (match[1]) handles.add(match[1].replace(/[.]+$/, "").toLowerCase());
  }
  return [...handles];
}

/** Whether a member answers to a handle: the whole email, or the part before the @. */
export const answersTo = (email: string, handle: string) => {
  const lower = email.toLowerCase();
  return lower === handle || lower.split("@")[0] === handle;
};
