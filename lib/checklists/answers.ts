/**
 * An item's status in a run. `unanswered` is where every item starts (no saved answer, or an answer cleared);
 * `unknown` is an explicit answer: someone looked and could not tell.
 */
export const ANSWER_STATUSES = ["unanswered", "done", "not_done", "not_applicable", "unknown"] as const;
export type AnswerStatus = (typeof ANSWER_STATUSES)[number];
/** The answers a person picks; `unanswered` is reached by clearing an answer, not by choosing it. */
export const CHOSEN_STATUSES = ["done", "not_done", "not_applicable", "unknown"] as const satisfies readonly AnswerStatus[];
export const ANSWER_LABELS: Record<AnswerStatus, string> = {
  unanswered: "Not answered",
  done: "Done",
  not_done: "Not done",
  not_applicable: "Not applicable",
  unknown: "Unknown",
};

export type Answer = { status: AnswerStatus; note: string; owner: string; version: number };
export const EMPTY_ANSWER: Answer = { status: "unanswered", note: "", owner: "", version: 0 };

/** How far a run has got: counts per status, and the share of items answered (anything but unanswered). */
export function runProgress(answers: Pick<Answer, "status">[]) {
  const counts = Object.fromEntries(ANSWER_STATUSES.map((s) => [s, 0])) as Record<AnswerStatus, number>;
  for (const a of answers) counts[a.status]++;
  const total = answers.length;
  const answered = total - counts.unanswered;
  return { counts, total, answered, percent: total ? Math.round((answered / total) * 100) : 0 };
}

/** The counts in words, in one order everywhere (page, export): "done 1 · not done 0 · … · not answered 3". */
export const progressSummary = (counts: Record<AnswerStatus, number>, separator: string) =>
  (["done", "not_done", "not_applicable", "unknown", "unanswered"] as const)
    .map((s) => `${ANSWER_LABELS[s].toLowerCase()} ${counts[s]}`)
    .join(separator);

type ComparableItem = { key: string; control: string };
export type RunChange = { key: string; control: string; before: Answer; after: Answer };

/** What changed between two runs of one checklist: items whose status, note or owner differ. */
export function compareAnswers(items: ComparableItem[], before: Map<string, Answer>, after: Map<string, Answer>): RunChange[] {
  return items
    .map((item) => ({
      key: item.key,
      control: item.control,
      before: before.get(item.key) ?? EMPTY_ANSWER,
      after: after.get(item.key) ?? EMPTY_ANSWER,
    }))
    .filter((c) => c.before.status !== c.after.status || c.before.note !== c.after.note || c.before.owner !== c.after.owner);
}
