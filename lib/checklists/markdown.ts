import { ANSWER_LABELS, progressSummary, runProgress, type Answer } from "@/lib/checklists/answers";

export type RunForExport = {
  checklist: { title: string; slug: string };
  team: string;
  target: string;
  updatedAt: Date;
  items: { key: string; control: string; answer: Answer; postmortems: { slug: string; title: string }[] }[];
};

/** Text a person typed, shown as typed: Markdown and HTML characters are escaped, so `<b>` stays text in any viewer. */
const plain = (text: string) =>
  text
    .replace(/[\\`*_{}[\]<>()#+!|~&]/g, "\\$&")
    .replace(/\r?\n/g, " ")
    .trim();
const cell = (text: string) => plain(text) || "—";

/** A run as Markdown: a summary, the failed items with the incidents behind them, then every item in a table. */
export function runToMarkdown(run: RunForExport, baseUrl: string): string {
  const progress = runProgress(run.items.map((i) => i.answer));
  const failed = run.items.filter((i) => i.answer.status === "not_done");
  const lines = [
    `# ${run.checklist.title} — ${plain(run.target)}`,
    "",
    `Team: ${plain(run.team)} · Updated: ${run.updatedAt.toISOString().slice(0, 16).replace("T", " ")} UTC · Checklist: ${baseUrl}/checklists/${run.checklist.slug}`,
    "",
    `**${progress.answered} of ${progress.total} answered (${progress.percent}%)** — ${progressSummary(progress.counts, ", ")}.`,
    "",
    "## Not done",
    "",
    ...(failed.length
      ? failed.map(
          (i) =>
            `- **${i.control}**${i.answer.owner ? ` (owner: ${plain(i.answer.owner)})` : ""}${i.answer.note ? ` — ${cell(i.answer.note)}` : ""}\n  Why it matters: ${i.postmortems.map((p) => `[${p.title}](${baseUrl}/postmortems/${p.slug})`).join(", ")}`,
        )
      : ["Nothing is marked not done."]),
    "",
    "## All items",
    "",
    "| Control | Status | Owner | Note |",
    "|---|---|---|---|",
    ...run.items.map((i) => `| ${cell(i.control)} | ${ANSWER_LABELS[i.answer.status]} | ${cell(i.answer.owner)} | ${cell(i.answer.note)} |`),
    "",
  ];
  return lines.join("\n");
}
