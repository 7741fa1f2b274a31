import type { ImportFileResult } from "@/lib/validation/imports";

const count = (value: unknown) => (Array.isArray(value) ? value.length : 0);
const text = (value: unknown) => (typeof value === "string" && value ? value : null);

/** What each file would become: its parsed fields, what could not be mapped, and its problems. Text is shown as text. */
export function ImportPreview({ files }: { files: ImportFileResult[] }) {
  return (
    <ol className="space-y-3">
      {files.map((file, i) => {
        const f = file.fields ?? {};
        const facts: [string, string | null][] = [
          ["Incident date", text(f.incidentDate) && `${f.incidentDate}${f.incidentTime ? ` ${f.incidentTime} UTC` : ""}`],
          ["Severity", text(f.severity)],
          ["Platform", text(f.platform)],
          ["Tags", count(f.tags) ? (f.tags as string[]).join(", ") : null],
          ["Components", count(f.components) ? (f.components as string[]).join(", ") : null],
          ["Summary", text(f.summary)],
          ["Impact", text(f.impact)],
          ["Trigger", text(f.trigger)],
          ["Detection", text(f.detection)],
          ["Root cause", text(f.rootCause)],
          ["Resolution", text(f.resolution)],
          ["Timeline", count(f.timeline) ? `${count(f.timeline)} events` : null],
          ["Lessons", count(f.lessons) ? String(count(f.lessons)) : null],
          ["Action items", count(f.actionItems) ? String(count(f.actionItems)) : null],
          ["Sources", count(f.sources) ? String(count(f.sources)) : null],
        ];
        return (
          <li key={`${file.name}-${i}`} className="card space-y-2" aria-label={file.name}>
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <h3 className="font-semibold break-all">{file.name}</h3>
              <span
                className={`rounded-full px-2 py-0.5 text-xs font-medium ${file.ok ? "bg-emerald-100 text-emerald-900 dark:bg-emerald-900/50 dark:text-emerald-100" : "bg-red-100 text-red-900 dark:bg-red-900/50 dark:text-red-100"}`}
              >
                {file.ok ? "Ready" : "Has problems"}
              </span>
            </div>
            {file.title && <p className="font-medium">{file.title}</p>}
            {file.ok && (
              <dl className="grid grid-cols-1 gap-x-4 gap-y-1 text-sm sm:grid-cols-[10rem_1fr]">
                {facts
                  .filter(([, value]) => value)
                  .map(([label, value]) => (
                    <div key={label} className="contents">
                      <dt className="muted">{label}</dt>
                      <dd className="break-words">{value}</dd>
                    </div>
                  ))}
              </dl>
            )}
            {file.problems.length > 0 && (
              <div className="text-sm">
                <p className="font-medium">Problems</p>
                <ul className="list-disc pl-6">
                  {file.problems.map((p, j) => (
                    <li key={j}>
                      <code>{p.field}</code>: {p.message}
                    </li>
                  ))}
                </ul>
              </div>
            )}
            {file.notes.length > 0 && (
              <div className="text-sm">
                <p className="font-medium">Not mapped to a field</p>
                <ul className="list-disc pl-6 muted">
                  {file.notes.map((note, j) => (
                    <li key={j}>{note}</li>
                  ))}
                </ul>
              </div>
            )}
          </li>
        );
      })}
    </ol>
  );
}
