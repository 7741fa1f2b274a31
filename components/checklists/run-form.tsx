"use client";

import Link from "next/link";
import { useCallback, useEffect, useRef, useState } from "react";
import { answerItemAction } from "@/lib/actions/checklist-run-actions";
import { ANSWER_LABELS, ANSWER_STATUSES, runProgress, type Answer, type AnswerStatus } from "@/lib/checklists/answers";

export type RunItem = {
  id: number;
  key: string;
  control: string;
  why: string;
  postmortems: { slug: string; title: string }[];
  answer: Answer;
  answeredBy: string | null;
};
type Conflict = { answer: Answer; by: string | null };
type ItemState = { saved: Answer; draft: Answer; dirty: boolean; saving: boolean; error?: string; conflict?: Conflict; by: string | null };

const POLL_MS = 4000;
const sameAnswer = (a: Answer, b: Answer) => a.status === b.status && a.note === b.note && a.owner === b.owner;
const NOTE_DEBOUNCE_MS = 800;

/**
 * Fills in a run item by item. Each change saves only that item, against the version this browser last saw,
 * so several people can work on one run at once; two people changing the same item get a conflict to resolve.
 * Other people's saves appear within a few seconds.
 */
export function RunForm({ runId, items, canAnswer }: { runId: number; items: RunItem[]; canAnswer: boolean }) {
  const [state, setState] = useState<Record<number, ItemState>>(() =>
    Object.fromEntries(items.map((i) => [i.id, { saved: i.answer, draft: i.answer, dirty: false, saving: false, by: i.answeredBy }])),
  );
  const stateRef = useRef(state);
  stateRef.current = state;
  const timers = useRef<Record<number, ReturnType<typeof setTimeout>>>({});
  const inFlight = useRef(new Set<number>());
  const patch = (id: number, change: Partial<ItemState>) => setState((s) => ({ ...s, [id]: { ...s[id]!, ...change } }));

  const save = useCallback(
    async (id: number, baseVersion?: number): Promise<void> => {
      // One save per item at a time: a second change waits for the first, so it is based on the new version.
      if (inFlight.current.has(id)) {
        timers.current[id] = setTimeout(() => void save(id, baseVersion), 200);
        return;
      }
      inFlight.current.add(id);
      const current = stateRef.current[id]!;
      const sent = current.draft;
      patch(id, { saving: true, error: undefined });
      const result = await answerItemAction({ runId, itemId: id, ...sent, baseVersion: baseVersion ?? current.saved.version }).finally(() =>
        inFlight.current.delete(id),
      );
      const latest = stateRef.current[id]!;
      if (result.ok) {
        // Typing may have continued while this save was in flight; that newer text stays dirty and saves next.
        const unchanged = sameAnswer(latest.draft, sent);
        patch(id, {
          saved: result.data.answer,
          draft: unchanged ? result.data.answer : latest.draft,
          dirty: !unchanged,
          saving: false,
          conflict: undefined,
          by: "you",
        });
      } else if (result.status === 409) {
        const conflict = result.conflict as Conflict;
        patch(id, { saving: false, conflict, error: result.message });
      } else {
        patch(id, { saving: false, error: result.message });
      }
    },
    [runId],
  );

  const change = (id: number, values: Partial<Answer>, debounce: boolean) => {
    setState((s) => ({ ...s, [id]: { ...s[id]!, draft: { ...s[id]!.draft, ...values }, dirty: true } }));
    clearTimeout(timers.current[id]);
    timers.current[id] = setTimeout(() => void save(id), debounce ? NOTE_DEBOUNCE_MS : 0);
  };

  // Pick up other people's answers for items this browser is not editing.
  useEffect(() => {
    const poll = setInterval(async () => {
      const response = await fetch(`/api/v1/runs/${runId}`, { cache: "no-store" }).catch(() => null);
      if (!response?.ok) return;
      const body = (await response.json()) as { items: { id: number; answer: Answer; answeredBy: string | null }[] };
      setState((s) => {
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
          {progress.answered} of {progress.total} answered ({progress.percent}%) · done {progress.counts.done} · not done {progress.counts.not_done} ·
          not applicable {progress.counts.not_applicable} · unknown {progress.counts.unknown}
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
        <h2 id="items-heading" className="section-title">
          Items
        </h2>
        <ol className="space-y-3">
          {items.map((item, index) => {
            const s = state[item.id]!;
            const disabled = !canAnswer;
            return (
              <li key={item.id} id={`item-${item.key}`} className="card scroll-mt-4 space-y-2">
                <fieldset className="space-y-2" aria-describedby={`why-${item.id}`}>
                  <legend className="font-medium">
                    <span className="muted">{index + 1}.</span> {item.control}
                  </legend>
                  <p id={`why-${item.id}`} className="text-sm muted">
                    {item.why}
                  </p>
                  <div className="flex flex-wrap gap-3 text-sm" role="radiogroup" aria-label={`Status: ${item.control}`}>
                    {ANSWER_STATUSES.map((status) => (
                      <label key={status} className="flex items-center gap-1">
                        <input
                          type="radio"
                          name={`status-${item.id}`}
                          value={status}
                          checked={s.draft.status === status}
                          disabled={disabled}
                          onChange={() => change(item.id, { status: status as AnswerStatus }, false)}
                          className="accent-indigo-600"
                        />
                        {ANSWER_LABELS[status]}
                      </label>
                    ))}
                  </div>
                  <div className="grid gap-2 sm:grid-cols-[12rem_1fr]">
                    <label className="text-sm">
                      <span className="block muted">Owner</span>
                      <input
                        className="input"
                        value={s.draft.owner}
                        disabled={disabled}
                        maxLength={100}
                        onChange={(e) => change(item.id, { owner: e.target.value }, true)}
                        aria-label={`Owner: ${item.control}`}
                      />
                    </label>
                    <label className="text-sm">
                      <span className="block muted">Note</span>
                      <textarea
                        className="input min-h-10"
                        value={s.draft.note}
                        disabled={disabled}
                        maxLength={2000}
                        onChange={(e) => change(item.id, { note: e.target.value }, true)}
                        aria-label={`Note: ${item.control}`}
                      />
                    </label>
                  </div>
                </fieldset>
                <p className="text-xs muted" aria-live="polite">
                  {s.saving ? "Saving…" : s.dirty ? "Not saved yet" : s.saved.version > 0 ? `Saved${s.by ? ` by ${s.by}` : ""}` : "Not answered"}
                </p>
                {s.error && !s.conflict && (
                  <p role="alert" className="text-sm text-red-700 dark:text-red-400">
                    {s.error}
                  </p>
                )}
                {s.conflict && (
                  <div role="alert" className="space-y-2 rounded-md border border-amber-500 bg-amber-50 p-3 text-sm dark:bg-amber-950/40">
                    <p className="font-medium">{s.error}</p>
                    <p>
                      Theirs: <strong>{ANSWER_LABELS[s.conflict.answer.status]}</strong>
                      {s.conflict.answer.owner && `, owner ${s.conflict.answer.owner}`}
                      {s.conflict.answer.note && ` — “${s.conflict.answer.note}”`}. Yours: <strong>{ANSWER_LABELS[s.draft.status]}</strong>
                      {s.draft.owner && `, owner ${s.draft.owner}`}
                      {s.draft.note && ` — “${s.draft.note}”`}.
                    </p>
                    <div className="flex gap-2">
                      <button type="button" className="btn" onClick={() => void save(item.id, s.conflict!.answer.version)}>
                        Keep mine
                      </button>
                      <button
                        type="button"
                        className="btn-quiet"
                        onClick={() =>
                          patch(item.id, {
                            saved: s.conflict!.answer,
                            draft: s.conflict!.answer,
                            dirty: false,
                            conflict: undefined,
                            error: undefined,
                            by: s.conflict!.by,
                          })
                        }
                      >
                        Use theirs
                      </button>
                    </div>
                  </div>
                )}
              </li>
            );
          })}
        </ol>
      </section>
    </div>
  );
}
