"use client";

import { useEffect, useMemo, useState } from "react";
import type { SimilarStory } from "@/lib/data/similar";

type Draft = { title: string; summary: string; rootCause: string; tags: string[]; components: string[] };
type Linked = { slug: string; title: string };

const DEBOUNCE_MS = 500;
// The start of each field holds its telling words and keeps the request address short.
const SENT_CHARS = 1000;

function similarUrl(draft: Draft, exclude: string | null) {
  const params = new URLSearchParams();
  params.set("title", draft.title.slice(0, SENT_CHARS));
  params.set("summary", draft.summary.slice(0, SENT_CHARS));
  params.set("rootCause", draft.rootCause.slice(0, SENT_CHARS));
  for (const tag of draft.tags) params.append("tag", tag);
  for (const component of draft.components) params.append("component", component);
  if (exclude) params.set("exclude", exclude);
  return `/api/v1/similar?${params}`;
}

function Reasons({ reasons }: { reasons: SimilarStory["reasons"] }) {
  const parts = [
    reasons.words.length ? `mentions ${reasons.words.join(", ")}` : null,
    reasons.tags.length ? `shares tag${reasons.tags.length > 1 ? "s" : ""} ${reasons.tags.join(", ")}` : null,
    reasons.components.length ? `shares ${reasons.components.join(", ")}` : null,
  ].filter(Boolean);
  return <p className="text-xs muted">Why: {parts.join("; ")}.</p>;
}

/**
 * Public stories like the draft, updated as its title, summary, root cause, tags and components change (debounced),
 * each with why it matched. Once the draft is saved, its authors link the ones it looks like.
 */
export function SimilarStories({ draft, slug, initialLinked }: { draft: Draft; slug: string | null; initialLinked: Linked[] }) {
  const url = useMemo(() => similarUrl(draft, slug), [draft, slug]);
  const empty = !draft.title.trim() && !draft.summary.trim() && !draft.rootCause.trim() && !draft.tags.length && !draft.components.length;
  const [result, setResult] = useState<{ url: string; items: SimilarStory[] } | { url: string; error: string } | null>(null);
  const [linked, setLinked] = useState(initialLinked);
  const [linkError, setLinkError] = useState<string | null>(null);

  useEffect(() => {
    if (empty) return;
    const abort = new AbortController();
    const timer = setTimeout(async () => {
      const response = await fetch(url, { signal: abort.signal, cache: "no-store" }).catch(() => null);
      if (abort.signal.aborted) return;
      if (!response?.ok) return setResult({ url, error: "Suggestions could not be loaded. They will be tried again as you type." });
      setResult({ url, items: ((await response.json()) as { items: SimilarStory[] }).items });
    }, DEBOUNCE_MS);
    return () => (clearTimeout(timer), abort.abort());
  }, [url, empty]);

  async function toggle(story: Linked, link: boolean) {
    setLinkError(null);
    const response = await fetch(`/api/v1/postmortems/${slug}/looks-like/${story.slug}`, {
      method: link ? "PUT" : "DELETE",
      headers: { "content-type": "application/json" },
    }).catch(() => null);
    if (!response?.ok) {
      const body = (await response?.json().catch(() => null)) as { message?: string } | null;
      return setLinkError(body?.message ?? "The link was not saved: the network failed.");
    }
    setLinked((now) => (link ? [...now.filter((s) => s.slug !== story.slug), story] : now.filter((s) => s.slug !== story.slug)));
  }

  const isLinked = (s: string) => linked.some((l) => l.slug === s);
  const linkButton = (story: Linked) =>
    slug ? (
      <button
        type="button"
        className="btn-quiet px-2 py-1 text-xs"
        aria-pressed={isLinked(story.slug)}
        onClick={() => void toggle(story, !isLinked(story.slug))}
      >
        {isLinked(story.slug) ? "Linked: looks like this (unlink)" : "Link: looks like this"}
        <span className="sr-only"> — {story.title}</span>
      </button>
    ) : null;

  const pending = !empty && result?.url !== url;
  return (
    <aside aria-labelledby="similar-heading" className="space-y-3 lg:sticky lg:top-4 lg:self-start">
      <h2 id="similar-heading" className="section-title">
        Similar stories
      </h2>
      <p role="status" className="text-xs muted">
        {empty
          ? "Type a title, summary or root cause, or choose tags and components, to see public stories like this one."
          : pending
            ? "Looking for similar stories…"
            : result && "error" in result
              ? result.error
              : result?.items.length === 0
                ? "No public story looks like this yet."
                : `${result?.items.length ?? 0} public stories look similar.`}
      </p>
      {!slug && !empty && <p className="text-xs muted">Once the draft is saved you can link the ones it looks like.</p>}
      {linkError && (
        <p role="alert" className="text-xs text-red-700 dark:text-red-400">
          {linkError}
        </p>
      )}
      {!empty && result && "items" in result && result.items.length > 0 && (
        <ul className="space-y-3" aria-label="Suggested stories">
          {result.items.map((story) => (
            <li key={story.slug} className="card space-y-1 p-3 text-sm">
              <a href={`/postmortems/${story.slug}`} target="_blank" rel="noopener" className="font-medium">
                {story.title}
                <span className="sr-only"> (opens in a new tab)</span>
              </a>
              <p className="text-xs muted">
                {story.organization} · {story.year} · {story.coverage}
              </p>
              <Reasons reasons={story.reasons} />
              {linkButton(story)}
            </li>
          ))}
        </ul>
      )}
      {linked.length > 0 && (
        <section aria-labelledby="linked-heading" className="space-y-2">
          <h3 id="linked-heading" className="text-sm font-semibold">
            This postmortem looks like
          </h3>
          <ul className="space-y-1 text-sm">
            {linked.map((story) => (
              <li key={story.slug} className="flex flex-wrap items-center gap-2">
                <a href={`/postmortems/${story.slug}`}>{story.title}</a>
                {linkButton(story)}
              </li>
            ))}
          </ul>
        </section>
      )}
    </aside>
  );
}
