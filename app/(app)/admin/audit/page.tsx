import type { Metadata } from "next";
import Link from "next/link";
import { AuditChanges } from "@/components/audit-changes";
import { ForbiddenNotice } from "@/components/layout/forbidden-notice";
import { Pager } from "@/components/pager";
import { canReview } from "@/lib/auth/permissions";
import { requireViewer } from "@/lib/auth/session";
import { AUDIT_PAGE_SIZE, listAudit } from "@/lib/data/audit";
import { formatDateTime } from "@/lib/format";
import { AUDIT_ENTITIES, auditFilters, type AuditFilters } from "@/lib/validation/audit";

export const metadata: Metadata = { title: "Audit log" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function pageHref(filters: AuditFilters, page: number) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...filters, page })) if (value && !(key === "page" && value === 1)) params.set(key, String(value));
  return `/admin/audit${params.size ? `?${params}` : ""}`;
}

export default async function AuditPage({ searchParams }: Props) {
  const viewer = await requireViewer("/admin/audit");
  if (!canReview(viewer))
    return (
      <ForbiddenNotice title="Audit log" reason="Admins see the whole audit log; team leads see their own teams' postmortems. You are neither." />
    );
  const filters = auditFilters.parse(await searchParams);
  const { total, entries, actions } = await listAudit(viewer, filters);
  const pages = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));

  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold">Audit log</h1>
        <p className="muted">
          {viewer.isAdmin
            ? "Every review, tagging, visibility, purge, membership, team setting and taxonomy change."
            : "Changes to the postmortems, runs and membership of the teams you lead."}
        </p>
      </header>
      <form method="get" aria-label="Filter the audit log" className="card flex flex-wrap items-end gap-3 text-sm">
        <label className="space-y-1">
          {/* Named by its caption alone: a wrapping label would also read out every option ("Action item" under Subject type). */}
          <span id="audit-action" className="block font-medium">
            Action
          </span>
          <select name="action" aria-labelledby="audit-action" defaultValue={filters.action ?? ""} className="input">
            <option value="">Any</option>
            {actions.map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </select>
        </label>
        <label className="space-y-1">
          <span id="audit-entity" className="block font-medium">
            Subject type
          </span>
          <select name="entity" aria-labelledby="audit-entity" defaultValue={filters.entity ?? ""} className="input">
            <option value="">Any</option>
            {Object.entries(AUDIT_ENTITIES).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label className="space-y-1">
          <span className="block font-medium">Who (email contains)</span>
          <input name="actor" defaultValue={filters.actor ?? ""} className="input" />
        </label>
        <label className="space-y-1">
          <span className="block font-medium">Subject (slug contains)</span>
          <input name="subject" defaultValue={filters.subject ?? ""} className="input" />
        </label>
        <label className="space-y-1">
          <span className="block font-medium">Since</span>
          <input name="since" type="date" defaultValue={filters.since ?? ""} className="input" />
        </label>
        <button type="submit" className="btn">
          Filter
        </button>
        <Link href="/admin/audit">Clear</Link>
      </form>
      <p role="status" className="text-sm muted">
        {total === 0 ? "No entries match." : `${total} entr${total === 1 ? "y" : "ies"}, newest first.`}
      </p>
      {entries.length > 0 && (
        <div className="relative overflow-x-auto">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Audit entries</caption>
            <thead>
              <tr className="border-b border-zinc-200 dark:border-zinc-800">
                <th scope="col" className="py-2 pr-3">
                  When
                </th>
                <th scope="col" className="py-2 pr-3">
                  Who
                </th>
                <th scope="col" className="py-2 pr-3">
                  Action
                </th>
                <th scope="col" className="py-2 pr-3">
                  Subject
                </th>
                <th scope="col" className="py-2">
                  Changes
                </th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={e.id} className="border-b border-zinc-100 align-top dark:border-zinc-900">
                  <td className="whitespace-nowrap py-2 pr-3">{formatDateTime(e.createdAt)}</td>
                  <td className="py-2 pr-3">{e.actor ? e.actor.name : <span className="muted">deleted user</span>}</td>
                  <td className="py-2 pr-3">
                    <code>{e.action}</code>
                  </td>
                  <td className="py-2 pr-3">
                    {e.postmortem ? (
                      <Link href={`/postmortems/${e.postmortem.slug}`}>{e.entityLabel}</Link>
                    ) : e.entityType === "tag" ? (
                      <Link href={`/tags/${e.entityLabel}`}>{e.entityLabel}</Link>
                    ) : (
                      e.entityLabel
                    )}
                  </td>
                  <td className="min-w-64 py-2 text-xs">
                    <AuditChanges before={e.before} after={e.after} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pager page={filters.page} pages={pages} href={(page) => pageHref(filters, page)} />
    </div>
  );
}
