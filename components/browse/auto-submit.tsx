"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";

/** The GET form's query as the browser would send it, less its empty fields. */
function queryOf(form: HTMLFormElement): string {
  const params = new URLSearchParams();
  for (const [name, value] of new FormData(form)) if (typeof value === "string" && value !== "") params.append(name, value);
  return params.toString();
}

/** Whether a control differs from the state the page was served with. */
function changedFromPage(control: HTMLInputElement | HTMLSelectElement): boolean {
  if (control instanceof HTMLInputElement) return control.checked !== control.defaultChecked;
  const served = [...control.options].findIndex((option) => option.defaultSelected);
  return control.selectedIndex !== Math.max(0, served);
}

/**
 * Applies the enclosing GET form when a checkbox or select changes, and says so while the results load. It
 * navigates in place: the page keeps its scroll position, and focus goes back to the control that changed (a
 * checkbox is re-created when its state changes), so a reader can tick one filter after another, by mouse or by
 * keyboard. Without JavaScript, the Apply button does the same job. On small screens the facets sit in a
 * "Filters" panel, where readers tick several and press Apply.
 */
export function AutoSubmit() {
  const ref = useRef<HTMLParagraphElement>(null);
  const router = useRouter();
  const [submitting, setSubmitting] = useState(false);
  const [navigating, startNavigation] = useTransition();
  const changed = useRef<{ name: string; value: string } | null>(null);

  useEffect(() => {
    const form = ref.current?.closest("form");
    if (!form) return;
    const apply = (control: HTMLInputElement | HTMLSelectElement) => {
      if (window.matchMedia("(width < 48rem)").matches) return;
      changed.current = { name: control.name, value: control instanceof HTMLInputElement ? control.value : "" };
      const path = new URL(form.action).pathname;
      const query = queryOf(form);
      startNavigation(() => router.push(query ? `${path}?${query}` : path, { scroll: false }));
    };
    const onChange = (event: Event) => {
      const control = event.target as HTMLInputElement | HTMLSelectElement;
      if (control.matches("input[type=checkbox], select")) apply(control);
    };
    // A control changed before this script ran (a quick reader, a slow connection) fired no event to listen to.
    const early = [...form.querySelectorAll<HTMLInputElement | HTMLSelectElement>("input[type=checkbox], select")].find(changedFromPage);
    if (early) apply(early);
    const onSubmit = () => setSubmitting(true);
    const onShow = () => setSubmitting(false); // back/forward cache restores the old page
    form.addEventListener("change", onChange);
    form.addEventListener("submit", onSubmit);
    window.addEventListener("pageshow", onShow);
    return () => {
      form.removeEventListener("change", onChange);
      form.removeEventListener("submit", onSubmit);
      window.removeEventListener("pageshow", onShow);
    };
  }, [router]);

  useEffect(() => {
    if (navigating || !changed.current) return;
    const { name, value } = changed.current;
    changed.current = null;
    const selector = `[name="${CSS.escape(name)}"]${value ? `[value="${CSS.escape(value)}"]` : ""}`;
    ref.current?.closest("form")?.querySelector<HTMLElement>(selector)?.focus();
  }, [navigating]);

  return (
    <p ref={ref} aria-live="polite" className="text-xs muted">
      {submitting || navigating ? "Updating results…" : ""}
    </p>
  );
}
