import Link from "next/link";
import type { ProgressSummary } from "@/lib/study/progress";

const percent = (done: number, total: number) => (total ? Math.round((done / total) * 100) : 0);

function Bar({ label, done, total }: { label: string; done: number; total: number }) {
  return (
    <li className="space-y-1">
      <div className="flex justify-between gap-2 text-sm">
        <span>{label}</span>
        <span className="muted tabular-nums">
          {done} of {total}
        </span>
      </div>
      <progress
        className="h-2 w-full accent-indigo-600"
        value={done}
        max={total}
        aria-label={`${label}: ${done} of ${total} studied (${percent(done, total)}%)`}
      />
    </li>
  );
}

function Bars({ title, rows }: { title: string; rows: { key: string; label: string; done: number; total: number }[] }) {
  return (
    <div className="space-y-2">
      <h3 className="text-sm font-semibold">{title}</h3>
      <ul className="space-y-2">
        {rows.map((row) => (
          <Bar key={row.key} label={row.label} done={row.done} total={row.total} />
        ))}
      </ul>
    </div>
  );
}

/** Progress per track and per category, "Next up" and bookmarks; the same view for the account and the browser. */
export function ProgressPanel({ summary, where }: { summary: ProgressSummary; where: "account" | "browser" }) {
  return (
    <section aria-labelledby="your-progress" className="card space-y-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="your-progress" className="text-lg font-semibold">
          Your progress
        </h2>
        <p className="text-sm muted">
          {summary.studied} studied · {where === "account" ? "private to you" : "kept in this browser"}
        </p>
      </div>
      <div className="rounded-md bg-indigo-50 p-3 dark:bg-indigo-950/50">
        <h3 className="text-sm font-semibold">Next up</h3>
        {summary.nextUp ? (
          <p className="text-sm">
            <Link href={summary.nextUp.step.href} className="font-medium">
              {summary.nextUp.step.title}
            </Link>{" "}
            <span className="muted">— {summary.nextUp.trackTitle}</span>
          </p>
        ) : (
          <p className="text-sm">You have studied every step. Try an exercise on a story you have not read.</p>
        )}
      </div>
      <div className="grid gap-6 md:grid-cols-2">
        <Bars title="By track" rows={summary.tracks.map((t) => ({ key: t.slug, label: t.title, done: t.done, total: t.total }))} />
        <Bars title="By category" rows={summary.categories.map((c) => ({ key: c.name, label: c.name, done: c.done, total: c.total }))} />
      </div>
      <div className="space-y-1">
        <h3 className="text-sm font-semibold">Bookmarks</h3>
        {summary.bookmarks.length ? (
          <ul className="list-disc space-y-1 pl-5 text-sm">
            {summary.bookmarks.map((b) => (
              <li key={b.key}>
                <Link href={b.href}>{b.title}</Link>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm muted">Nothing bookmarked yet. Use “Bookmark” on a story or technique.</p>
        )}
      </div>
    </section>
  );
}
