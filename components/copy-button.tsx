"use client";

import { Check, Copy } from "lucide";
import { Icon } from "@/components/icon";
import { useEffect, useState } from "react";

/**
 * Copies `text` to the clipboard. The accessible name is "Copy <label>"; success is announced through a
 * polite live region so screen-reader users hear it without losing focus.
 */
export function CopyButton({ text, label = "" }: { text: string; label?: string }) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  useEffect(() => {
    if (state === "idle") return;
    const reset = setTimeout(() => setState("idle"), 2000);
    return () => clearTimeout(reset);
  }, [state]);
  const name = label ? `Copy ${label}` : "Copy";

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setState("copied");
    } catch {
      // Clipboard access can be refused (insecure origin, permissions); say so instead of pretending.
      setState("failed");
    }
  }

  return (
    <span className="inline-flex items-center gap-2">
      <button type="button" className="btn-quiet inline-flex items-center gap-1" onClick={copy} aria-label={name}>
        <Icon node={state === "copied" ? Check : Copy} className="size-4" />
        <span aria-hidden>{state === "copied" ? "Copied" : "Copy"}</span>
      </button>
      <span aria-live="polite" className="text-xs muted">
        {state === "copied" ? "Copied" : state === "failed" ? "Copy failed: select the text and copy it by hand." : ""}
      </span>
    </span>
  );
}
