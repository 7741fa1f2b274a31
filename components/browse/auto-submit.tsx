"use client";

import { useEffect, useRef, useState } from "react";

/**
 * Submits the enclosing GET form when a checkbox or select changes, and says so while the next page loads.
 * Without JavaScript, the Apply button does the same job. On small screens the facets sit in a "Filters" panel
 * that a page load would close, so there readers tick several and press Apply.
 */
export function AutoSubmit() {
  const ref = useRef<HTMLParagraphElement>(null);
  const [pending, setPending] = useState(false);
  useEffect(() => {
    const form = ref.current?.closest("form");
    if (!form) return;
    const onChange = (event: Event) => {
      if (window.matchMedia("(width < 48rem)").matches) return;
      if ((event.target as HTMLElement).matches("input[type=checkbox], select")) form.requestSubmit();
    };
    const onSubmit = () => setPending(true);
    const onShow = () => setPending(false); // back/forward cache restores the old page
    form.addEventListener("change", onChange);
    form.addEventListener("submit", onSubmit);
    window.addEventListener("pageshow", onShow);
    return () => {
      form.removeEventListener("change", onChange);
      form.removeEventListener("submit", onSubmit);
      window.removeEventListener("pageshow", onShow);
    };
  }, []);
  return (
    <p ref={ref} aria-live="polite" className="text-xs muted">
      {pending ? "Updating results…" : ""}
    </p>
  );
}
