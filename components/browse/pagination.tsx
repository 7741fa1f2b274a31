import Link from "next/link";
import { browseQueryString, type BrowseFilters } from "@/lib/validation/browse-params";

export function Pagination({ filters, total, basePath = "/postmortems" }: { filters: BrowseFilters; total: number; basePath?: string }) {
  const pages = Math.max(1, Math.ceil(total / filters.pageSize));
  if (pages <= 1 && filters.page === 1) return null;
  const href = (page: number) => `${basePath}${browseQueryString({ ...filters, page })}`;
  return (
    <nav aria-label="Pagination" className="flex items-center justify-between gap-4 pt-4 text-sm">
      {filters.page > 1 ? (
        <Link href={href(Math.min(filters.page - 1, pages))} className="btn-quiet" rel="prev">
          ← Previous
        </Link>
      ) : (
        <span />
      )}
      <span className="muted">
        Page {filters.page} of {pages}
      </span>
      {filters.page < pages ? (
        <Link href={href(filters.page + 1)} className="btn-quiet" rel="next">
          Next →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
