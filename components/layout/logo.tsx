/** The atlas mark: a folded map. Inline SVG, so it never depends on an emoji font. */
export function Logo({ className = "size-7" }: { className?: string }) {
  return (
    <svg viewBox="0 0 32 32" className={className} aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="7" className="fill-indigo-600 dark:fill-indigo-500" />
      <path d="M6.5 10 12.5 7.5l7 2.5 6-2.5v14.5l-6 2.5-7-2.5-6 2.5Z" fill="none" stroke="#fff" strokeWidth="2" strokeLinejoin="round" />
      <path d="M12.5 7.5V22M19.5 10v14.5" fill="none" stroke="#fff" strokeWidth="2" />
    </svg>
  );
}
