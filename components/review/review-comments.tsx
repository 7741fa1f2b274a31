import { ActionButton, ActionForm } from "@/components/forms/action-form";
import { commentAction, resolveAction } from "@/lib/actions/comment-actions";
import type { Viewer } from "@/lib/auth/viewer-types";
import { listThreads } from "@/lib/data/review-comments";
import { formatDateTime } from "@/lib/format";

type Target = { id: number; slug: string; kind: string; teamId: number | null; lessons: string[]; timeline: { at: string; description: string }[] };
type Thread = NonNullable<Awaited<ReturnType<typeof listThreads>>>[number];

const KIND_NOTE: Record<string, string> = { send_back: "sent it back", unpublish: "unpublished it" };
const clip = (text: string, max = 60) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

function anchorLabel(anchor: string) {
  const [field, n] = anchor.split(":");
  if (field === "rootCause") return "On the root cause";
  if (field === "lesson") return `On lesson ${n}`;
  if (field === "timeline") return `On timeline entry ${n}`;
  return null;
}

function Comment({ comment }: { comment: Thread | Thread["replies"][number] }) {
  return (
    <div className="space-y-1">
      <p className="text-xs muted">
        <strong className="text-zinc-900 dark:text-zinc-100">{comment.author?.name ?? "Someone"}</strong>
        {KIND_NOTE[comment.kind] ? ` ${KIND_NOTE[comment.kind]}` : ""} · {formatDateTime(comment.createdAt)}
      </p>
      {/* Rendered from Markdown and sanitised when written (lib/markdown/render.ts). */}
      <div className="prose text-sm" dangerouslySetInnerHTML={{ __html: comment.bodyHtml }} />
    </div>
  );
}

/**
 * Review comments: threads anchored to a field or general, with replies, resolve and reopen. Only the team and
 * admins see them (like history); for everyone else this renders nothing and reads nothing.
 */
export async function ReviewComments({ viewer, pm }: { viewer: Viewer | null; pm: Target }) {
  if (!viewer) return null;
  const threads = await listThreads(viewer, pm);
  if (!threads) return null;
  const anchors = [
    { value: "general", label: "The whole postmortem" },
    { value: "rootCause", label: "The root cause" },
    ...pm.lessons.map((lesson, i) => ({ value: `lesson:${i + 1}`, label: `Lesson ${i + 1}: ${clip(lesson)}` })),
    ...pm.timeline.map((event, i) => ({ value: `timeline:${i + 1}`, label: `Timeline ${i + 1}: ${clip(`${event.at} ${event.description}`)}` })),
  ];
  const open = threads.filter((t) => !t.resolvedAt).length;
  return (
    <section aria-labelledby="comments" className="space-y-4">
      <h2 id="comments" className="text-xl font-semibold">
        Review comments <span className="text-base font-normal muted">({open} open)</span>
      </h2>
      <p className="text-sm muted">
        Only the team and site admins see these. Markdown works; @name (the part of an email before the @) notifies a team member.
      </p>
      {threads.length === 0 && <p className="text-sm muted">No comments yet.</p>}
      <ol className="space-y-3" aria-label="Comment threads">
        {threads.map((thread) => {
          const about = anchorLabel(thread.anchor);
          return (
            <li key={thread.id} id={`comment-${thread.id}`} className="card space-y-3">
              <div className="flex flex-wrap items-center gap-2 text-xs">
                {thread.resolvedAt ? (
                  <span className="rounded bg-emerald-100 px-1.5 py-0.5 font-medium text-emerald-900 dark:bg-emerald-900 dark:text-emerald-100">
                    Resolved
                  </span>
                ) : (
                  <span className="rounded bg-amber-100 px-1.5 py-0.5 font-medium text-amber-900 dark:bg-amber-900 dark:text-amber-100">Open</span>
                )}
                {about && (
                  <span className="muted">
                    {about}
                    {thread.anchorText && <q className="ml-1 italic">{clip(thread.anchorText, 120)}</q>}
                  </span>
                )}
              </div>
              <Comment comment={thread} />
              {thread.replies.length > 0 && (
                <ol className="space-y-2 border-l-2 border-zinc-200 pl-3 dark:border-zinc-700" aria-label="Replies">
                  {thread.replies.map((reply) => (
                    <li key={reply.id}>
                      <Comment comment={reply} />
                    </li>
                  ))}
                </ol>
              )}
              <div className="flex flex-wrap items-start gap-3">
                <ActionButton
                  action={resolveAction}
                  values={{ slug: pm.slug, commentId: thread.id, resolved: thread.resolvedAt ? "false" : "true" }}
                  label={thread.resolvedAt ? "Reopen thread" : "Resolve thread"}
                />
              </div>
              <details>
                <summary className="cursor-pointer text-sm font-medium">Reply</summary>
                <ActionForm
                  action={commentAction}
                  label={`Reply to thread ${thread.id}`}
                  submitLabel="Post reply"
                  fields={[
                    { name: "slug", label: "", type: "hidden", defaultValue: pm.slug },
                    { name: "parentId", label: "", type: "hidden", defaultValue: thread.id },
                    { name: "body", label: "Reply", type: "textarea", required: true },
                  ]}
                />
              </details>
            </li>
          );
        })}
      </ol>
      <ActionForm
        action={commentAction}
        label="New comment"
        submitLabel="Comment"
        fields={[
          { name: "slug", label: "", type: "hidden", defaultValue: pm.slug },
          { name: "anchor", label: "About", type: "select", defaultValue: "general", options: anchors },
          { name: "body", label: "Comment", type: "textarea", required: true },
        ]}
      />
    </section>
  );
}
