"use client";

import { CheckSnippet } from "@/components/checklists/check-snippet";
import { ANSWER_LABELS, CHOSEN_STATUSES, type Answer } from "@/lib/checklists/answers";

export type RunItem = {
  id: number;
  key: string;
  control: string;
  why: string;
  check: { text: string; kind: string; lang: string };
  postmortems: { slug: string; title: string }[];
  answer: Answer;
  answeredBy: string | null;
};
export type Conflict = { answer: Answer; by: string | null };
export type ItemState = { saved: Answer; draft: Answer; dirty: boolean; saving: boolean; error?: string; conflict?: Conflict; by: string | null };

const describe = (a: Answer) => `${ANSWER_LABELS[a.status]}${a.owner ? `, owner ${a.owner}` : ""}${a.note ? ` — “${a.note}”` : ""}`;

/** One item of a run: the control, how to check it, its answer, and any conflict with someone else's answer. */
export function RunItemCard(props: {
  item: RunItem;
  index: number;
  state: ItemState;
  disabled: boolean;
  onChange: (values: Partial<Answer>, debounce: boolean) => void;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
}) {
  const { item, state: s, disabled } = props;
  return (
    <li id={`item-${item.key}`} className="card scroll-mt-4 space-y-3">
      <fieldset className="space-y-2" aria-describedby={`why-${item.id}`}>
        <legend className="font-medium">
          <span className="muted">{props.index + 1}.</span> {item.control}
        </legend>
        <p id={`why-${item.id}`} className="text-sm muted">
          {item.why}
        </p>
        <details className="group rounded-md border border-zinc-200 p-2 dark:border-zinc-800">
          <summary className="cursor-pointer text-sm font-medium">How to check</summary>
          <div className="mt-2">
            <CheckSnippet check={item.check.text} kind={item.check.kind} lang={item.check.lang} control={item.control} />
          </div>
        </details>
        <div className="flex flex-wrap items-center gap-3 text-sm" role="radiogroup" aria-label={`Status: ${item.control}`}>
          {CHOSEN_STATUSES.map((status) => (
            <label key={status} className="flex items-center gap-1">
              <input
                type="radio"
                name={`status-${item.id}`}
                value={status}
                checked={s.draft.status === status}
                disabled={disabled}
                onChange={() => props.onChange({ status }, false)}
                className="accent-indigo-600"
              />
              {ANSWER_LABELS[status]}
            </label>
          ))}
          {s.draft.status !== "unanswered" && !disabled && (
            <button
              type="button"
              className="text-xs underline muted"
              aria-label={`Clear answer: ${item.control}`}
              onClick={() => props.onChange({ status: "unanswered" }, false)}
            >
              Clear answer
            </button>
          )}
        </div>
        <div className="grid gap-2 sm:grid-cols-[12rem_1fr]">
          <label className="text-sm">
            <span className="block muted">Owner</span>
            <input
              className="input"
              value={s.draft.owner}
              disabled={disabled}
              maxLength={100}
              onChange={(e) => props.onChange({ owner: e.target.value }, true)}
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
              onChange={(e) => props.onChange({ note: e.target.value }, true)}
              aria-label={`Note: ${item.control}`}
            />
          </label>
        </div>
      </fieldset>
      <p className="text-xs muted" aria-live="polite">
        {s.saving
          ? "Saving…"
          : s.dirty
            ? "Not saved yet"
            : s.saved.status === "unanswered"
              ? "Not answered"
              : `${ANSWER_LABELS[s.saved.status]} · saved${s.by ? ` by ${s.by}` : ""}`}
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
            Theirs: <strong>{describe(s.conflict.answer)}</strong>. Yours: <strong>{describe(s.draft)}</strong>.
          </p>
          <div className="flex gap-2">
            <button type="button" className="btn" onClick={props.onKeepMine}>
              Keep mine
            </button>
            <button type="button" className="btn-quiet" onClick={props.onTakeTheirs}>
              Use theirs
            </button>
          </div>
        </div>
      )}
    </li>
  );
}
