"use client";

import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import { RunItemCard, type Conflict, type ItemState, type RunItem } from "@/components/checklists/run-item";
import { answerItemAction } from "@/lib/actions/checklist-run-actions";
import { ANSWER_LABELS, ANSWER_STATUSES, progressSummary, runProgress, type Answer, type AnswerStatus } from "@/lib/checklists/answers";

export type { RunItem };
type Items = Record<number, ItemState>;

const POLL_MS = 4000;
const NOTE_DEBOUNCE_MS = 800;
const sameAnswer = (a: Answer, b: Answer) => a.status === b.status && a.note === b.note && a.owner === b.owner;

/**
 * Fills in a run item by item. Each change saves only that item, against the version this browser last saw,
 * so several people can work on one run at once; two people changing the same item get a conflict to resolve.
 * Other people's saves appear within a few seconds.
 */
export function RunForm({ runId, items, canAnswer }: { runId: number; items: RunItem[]; canAnswer: boolean }) {
  const [initial] = useState<Items>(() =>
    Object.fromEntries(items.map((i) => [i.id, { saved: i.answer, draft: i.answer, dirty: false, saving: false, by: i.answeredBy }])),
  );
  const [state, setState] = useState(initial);
  const [filter, setFilter] = useState<AnswerStatus | "all">("all");
  // The latest state for saves that finish later; every update goes through `commit`, so it never lags.
  const latest = useRef(initial);
  const timers = useRef<Record<number, ReturnType<typeof setTimeout>>>({});
  const inFlight = useRef(new Set<number>());
  const queued = useRef(new Set<number>());

  const commit = (update: (s: Items) => Items) => {
    latest.current = update(latest.current);
    setState(latest.current);
  };
  const patch = (id: number, change: Partial<ItemState>) => commit((s) => ({ ...s, [id]: { ...s[id]!, ...change } }));

  async function save(id: number, baseVersion?: number): Promise<void> {
    // One save per item at a time: a change made meanwhile is sent when the first returns, on the new version.
    if (inFlight.current.has(id)) {
      queued.current.add(id);
      return;
    }
    inFlight.current.add(id);
    const sent = latest.current[id]!.draft;
    patch(id, { saving: true, error: undefined });
    const result = await answerItemAction({ runId, itemId: id, ...sent, baseVersion: baseVersion ?? latest.current[id]!.saved.version })
      .catch(() => ({ ok: false as const, status: 0, message: "Could not reach the server. Your answer is still here; change it again to retry." }))
      .finally(() => inFlight.current.delete(id));
    const now = latest.current[id]!;
    if (result.ok) {
      // Typing may have continued while this save was in flight; that newer text stays dirty and saves next.
      const unchanged = sameAnswer(now.draft, sent);
      patch(id, {
        saved: result.data.answer,
        draft: unchanged ? result.data.answer : now.draft,
        dirty: !unchanged,
        saving: false,
        conflict: undefined,
        by: "you",
      });
    } else if (result.status === 409) {
      patch(id, { saving: false, conflict: (result as { conflict?: unknown }).conflict as Conflict, error: result.message });
    } else {
      patch(id, { saving: false, error: result.message });
    }
    if (queued.current.delete(id) && !latest.current[id]!.conflict) await save(id);
  }

  const change = (id: number, values: Partial<Answer>, debounce: boolean) => {
    commit((s) => ({ ...s, [id]: { ...s[id]!, draft: { ...s[id]!.draft, ...values }, dirty: true } }));
    clearTimeout(timers.current[id]);
    timers.current[id] = setTimeout(() => void save(id), debounce ? NOTE_DEBOUNCE_MS : 0);
  };

  // Pick up other people's answers for items this browser is not editing.
  useEffect(() => {
    const poll = setInterval(async () => {
      const response = await fetch(`/api/v1/runs/${runId}`, { cache: "no-store" }).catch(() => null);
      if (!response?.ok) return;
      const body = (await response.json()) as { items: { id: number; answer: Answer; answeredBy: string | null }[] };
      commit((s) => {
        const next = { ...s };
        for (const item of body.items) {
          const local = next[item.id];
          if (!local || local.dirty || local.saving || local.conflict || item.answer.version <= local.saved.version) continue;
          next[item.id] = { ...local, saved: item.answer, draft: item.answer, by: item.answeredBy };
        }
        return next;
      });
    }, POLL_MS);
    return () => clearInterval(poll);
  }, [runId]);

  const progress = runProgress(items.map((i) => state[i.id]!.saved));
  const failed = items.filter((i) => state[i.id]!.saved.status === "not_done");
  const shown = filter === "all" ? items : items.filter((i) => state[i.id]!.saved.status === filter);
  const states = Object.values(state);
  const unsaved = states.some((s) => s.error || s.conflict);
  const pending = states.some((s) => s.dirty || s.saving);

  return (
    <div className="space-y-8">
      <section aria-labelledby="progress-heading" className="card space-y-2">
        <h2 id="progress-heading" className="text-base font-semibold">
          Progress
        </h2>
        <div
          className="h-2 w-full overflow-hidden rounded bg-zinc-200 dark:bg-zinc-800"
          role="progressbar"
          aria-label="Answered"
          aria-valuenow={progress.percent}
          aria-valuemin={0}
          aria-valuemax={100}
        >
          <div className="h-full bg-indigo-600" style={{ width: `${progress.percent}%` }} />
        </div>
        <p className="text-sm" data-testid="progress">
          {progress.answered} of {progress.total} answered ({progress.percent}%) · {progressSummary(progress.counts, " · ")}
        </p>
        <p role="status" className="text-xs muted">
          {unsaved ? "Some answers are not saved; see the items marked below." : pending ? "Saving…" : "All answers saved."}
        </p>
      </section>

      <section aria-labelledby="failed-heading" className="space-y-2">
        <h2 id="failed-heading" className="section-title">
          Not done, and why it matters
        </h2>
        {failed.length === 0 ? (
          <p className="text-sm muted">Nothing is marked not done.</p>
        ) : (
          <ul className="space-y-2 text-sm">
            {failed.map((item) => (
              <li key={item.id}>
                <a href={`#item-${item.key}`} className="font-medium">
                  {item.control}
                </a>{" "}
                <span className="muted">— see </span>
                {item.postmortems.map((pm, i) => (
                  <span key={pm.slug}>
                    {i > 0 && ", "}
                    <Link href={`/postmortems/${pm.slug}`}>{pm.title}</Link>
                  </span>
                ))}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="items-heading" className="space-y-3">
        <div className="flex flex-wrap items-end justify-between gap-2">
          <h2 id="items-heading" className="section-title">
            Items
          </h2>
          <label className="text-sm">
            <span className="mr-2 muted">Show</span>
            <select className="input w-auto" value={filter} onChange={(e) => setFilter(e.target.value as AnswerStatus | "all")}>
              <option value="all">All items ({progress.total})</option>
              {ANSWER_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {ANSWER_LABELS[s]} ({progress.counts[s]})
                </option>
              ))}
            </select>
          </label>
        </div>
        {shown.length === 0 && <p className="text-sm muted">No items are {ANSWER_LABELS[filter as AnswerStatus]?.toLowerCase()}.</p>}
        <ol className="space-y-3">
          {shown.map((item) => (
            <RunItemCard
              key={item.id}
              item={item}
              index={items.indexOf(item)}
              state={state[item.id]!}
              disabled={!canAnswer}
              onChange={(values, debounce) => change(item.id, values, debounce)}
              onKeepMine={() => void save(item.id, state[item.id]!.conflict!.answer.version)}
              onTakeTheirs={() => {
                const conflict = state[item.id]!.conflict!;
                patch(item.id, {
                  saved: conflict.answer,
                  draft: conflict.answer,
                  dirty: false,
                  conflict: undefined,
                  error: undefined,
                  by: conflict.by,
                });
              }}
            />
          ))}
        </ol>
      </section>
    </div>
  );
}
