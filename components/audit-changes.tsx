import { auditDiff, fieldLabel } from "@/lib/audit/diff";

/** An audit entry's before and after as one line per field: old → new, lists as added and removed items. */
export function AuditChanges({ before, after }: { before: unknown; after: unknown }) {
  const changes = auditDiff(before, after);
  if (changes.length === 0) return <span className="muted">—</span>;
  return (
    <dl className="space-y-1">
      {changes.map((change) => (
        <div key={change.field} className="flex flex-wrap gap-x-2">
          <dt className="font-medium">{fieldLabel(change.field)}</dt>
          <dd className="break-words">
            {change.kind === "same" && <span className="muted">{change.value} (unchanged)</span>}
            {change.kind === "value" && (
              <>
                <del className="bg-red-100 dark:bg-red-900/60">{change.before}</del>
                <span aria-hidden> → </span>
                <span className="sr-only"> changed to </span>
                <ins className="bg-emerald-100 no-underline dark:bg-emerald-900/60">{change.after}</ins>
              </>
            )}
            {change.kind === "list" && (
              <span className="inline-flex flex-wrap gap-1">
                {change.added.map((item) => (
                  <ins key={`+${item}`} className="rounded bg-emerald-100 px-1 no-underline dark:bg-emerald-900/60">
                    <span aria-hidden>+</span>
                    <span className="sr-only">added </span>
                    {item}
                  </ins>
                ))}
                {change.removed.map((item) => (
                  <del key={`-${item}`} className="rounded bg-red-100 px-1 dark:bg-red-900/60">
                    <span aria-hidden>−</span>
                    <span className="sr-only">removed </span>
                    {item}
                  </del>
                ))}
              </span>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
