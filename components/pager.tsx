import Link from "next/link";

/** Previous/next links for a paged list whose URL the caller builds. Renders nothing for a single page. */
export function Pager({ page, pages, href, label = "Pages" }: { page: number; pages: number; href: (page: number) => string; label?: string }) {
  if (pages <= 1) return null;
  return (
    <nav aria-label={label} className="flex items-center justify-between gap-4 text-sm">
      {page > 1 ? (
        <Link href={href(page - 1)} className="btn-quiet" rel="prev">
          ← Previous
        </Link>
      ) : (
        <span />
      )}
      <span className="muted">
        Page {page} of {pages}
      </span>
      {page < pages ? (
        <Link href={href(page + 1)} className="btn-quiet" rel="next">
          Next →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
