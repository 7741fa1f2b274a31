import Link from "next/link";

/** Previous/next links for a paginated list; nothing when everything fits on one page. */
export function PageLinks({ page, pages, href }: { page: number; pages: number; href: (page: number) => string }) {
  if (pages <= 1 && page === 1) return null;
  return (
    <nav aria-label="Pages" className="flex items-center gap-4 text-sm">
      {page > 1 && (
        <Link href={href(Math.min(page - 1, pages))} rel="prev">
          ← Previous
        </Link>
      )}
      <span className="muted">
        Page {page} of {pages}
      </span>
      {page < pages && (
        <Link href={href(page + 1)} rel="next">
          Next →
        </Link>
      )}
    </nav>
  );
}
