"use client";

import { useEffect, useRef } from "react";

/** Submits the enclosing GET form when a checkbox or select changes. Without JavaScript, the Apply button does it. */
export function AutoSubmit() {
  const ref = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    const form = ref.current?.closest("form");
    if (!form) return;
    const onChange = (event: Event) => {
      const target = event.target as HTMLElement;
      if (target.matches("input[type=checkbox], select")) form.requestSubmit();
    };
    form.addEventListener("change", onChange);
    return () => form.removeEventListener("change", onChange);
  }, []);
  return <span ref={ref} hidden />;
}
