import type { Metadata } from "next";
import Link from "next/link";
import { ForbiddenNotice } from "@/components/layout/forbidden-notice";
import { Pager } from "@/components/pager";
import { BulkTagForm } from "@/components/review/bulk-tag-form";
import { canReview } from "@/lib/auth/permissions";
import { requireViewer } from "@/lib/auth/session";
import { getBulkTagOptions, listTaggable } from "@/lib/data/tagging";

export const metadata: Metadata = { title: "Tagging queue" };

type Props = { searchParams: Promise<{ all?: string; page?: string }> };

export default async function TaggingPage({ searchParams }: Props) {
  const viewer = await requireViewer("/review/tagging");
  if (!canReview(viewer)) {
    return (
      <ForbiddenNotice
        title="Tagging queue"
        reason="Team leads tag their teams' postmortems, and admins tag everything. You are not a lead of any team."
      />
    );
  }
  const params = await searchParams;
  const all = params.all === "1";
  const [{ rows, total, page, pages }, options] = await Promise.all([listTaggable(viewer, all, Number(params.page) || 1), getBulkTagOptions()]);
  const pageHref = (n: number) => `/review/tagging?${new URLSearchParams({ ...(all ? { all: "1" } : {}), page: String(n) })}`;
  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <header className="space-y-1">
        <nav aria-label="Breadcrumb" className="text-sm">
          <Link href="/review">← Review queue</Link>
        </nav>
        <h1 className="text-2xl font-semibold">Tagging queue</h1>
        <p className="muted">
          {all ? "Every postmortem you can tag" : "Postmortems with no root-cause tag (so no category) or fewer than two tags"}, newest incident first
          {total > 0 && ` (${total})`}.{" "}
          {all ? <Link href="/review/tagging">Show only under-tagged</Link> : <Link href="/review/tagging?all=1">Show everything you can tag</Link>}
        </p>
      </header>
      {rows.length === 0 ? (
        <p className="card text-sm">
          {all ? "There is nothing you can tag yet." : "Nothing is under-tagged. Every postmortem you can tag has at least two tags."}
        </p>
      ) : (
        <BulkTagForm options={options}>
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Postmortems to tag</caption>
            <thead>
              <tr className="border-b border-zinc-200 dark:border-zinc-800">
                <th scope="col" className="w-8 py-2">
                  <span className="sr-only">Select</span>
                </th>
                <th scope="col" className="py-2">
                  Postmortem
                </th>
                <th scope="col" className="py-2">
                  Tags
                </th>
                <th scope="col" className="py-2">
                  <span className="sr-only">Edit</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((pm) => (
                <tr key={pm.slug} className="border-b border-zinc-100 align-top dark:border-zinc-900">
                  <td className="py-2">
                    <input type="checkbox" name="slugs" value={pm.slug} id={`select-${pm.slug}`} className="size-4 accent-indigo-600" />
                  </td>
                  <td className="py-2">
                    <label htmlFor={`select-${pm.slug}`} className="font-medium">
                      {pm.title}
                    </label>
                    <span className="block text-xs muted">
                      {pm.kind === "curated" ? "Curated" : `Team ${pm.team?.name}`} · {pm.status.replace("_", " ")}
                    </span>
                  </td>
                  <td className="py-2">{pm.tags.length ? pm.tags.map((t) => t.name).join(", ") : <span className="muted">None</span>}</td>
                  <td className="py-2 text-right">
                    <Link href={`/postmortems/${pm.slug}/tags`} aria-label={`Edit tags of ${pm.title}`}>
                      Edit tags
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </BulkTagForm>
      )}
      <Pager page={page} pages={pages} href={pageHref} label="Tagging queue pages" />
    </div>
  );
}
