export const ANSWER_STATUSES = ["done", "not_done", "not_applicable", "unknown"] as const;
export type AnswerStatus = (typeof ANSWER_STATUSES)[number];
export const ANSWER_LABELS: Record<AnswerStatus, string> = {
  done: "Done",
  not_done: "Not done",
  not_applicable: "Not applicable",
  unknown: "Unknown",
};

export type Answer = { status: AnswerStatus; note: string; owner: string; version: number };
export const EMPTY_ANSWER: Answer = { status: "unknown", note: "", owner: "", version: 0 };

/** How far a run has got: counts per status, and the share of items answered (anything but unknown). */
export function runProgress(answers: Pick<Answer, "status">[]) {
  const counts = Object.fromEntries(ANSWER_STATUSES.map((s) => [s, 0])) as Record<AnswerStatus, number>;
  for (const a of answers) counts[a.status]++;
  const total = answers.length;
  const answered = total - counts.unknown;
  return { counts, total, answered, percent: total ? Math.round((answered / total) * 100) : 0 };
}

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
