"use client";

import { useEffect, useRef, type ReactNode } from "react";

/**
 * Renders a focusable (tabIndex -1) status line and moves focus to it when the page was reached by a search
 * submitted on this site, so keyboard and screen-reader users land on the result count instead of the top of
 * the page. Shared links, reloads and back/forward keep the browser's default. Without JavaScript it is plain text.
 */
export function ResultCount({ id, focus, className, children }: { id: string; focus: boolean; className: string; children: ReactNode }) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (!focus || !document.referrer) return;
    const navigation = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming | undefined;
    if (navigation?.type !== "navigate" || new URL(document.referrer).origin !== location.origin) return;
    ref.current?.focus();
  }, [focus]);
  return (
    <p ref={ref} id={id} tabIndex={-1} role="status" className={className}>
      {children}
    </p>
  );
}
