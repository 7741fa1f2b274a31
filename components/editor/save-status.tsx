"use client";

import { useEffect, useState } from "react";
import { clock } from "@/components/editor/saved-when";
import type { SaveStatus } from "@/lib/editor/draft-saver";

const KEPT = "Your text is kept in this browser.";

// While the editor offers text this browser kept (LocalCopyOffer), the form holds what the server has, but the text
// is not saved: "No unsaved changes" would contradict the offer just below.
const OFFERED = "This browser has text that was not saved: restore it or discard it below.";

function statusText(status: SaveStatus, now: number, offered: boolean): string {
  switch (status.kind) {
    case "new":
      return offered ? OFFERED : "Not saved yet: it saves itself once it has a title.";
    case "idle":
      return offered ? OFFERED : "No unsaved changes.";
    case "dirty":
      return "Unsaved changes…";
    case "saving":
      return "Saving…";
    case "saved":
      return `All changes saved. Saved at ${clock(status.at)}.`;
    case "invalid":
      return `Not saved yet: fix the highlighted fields.${status.at ? ` Everything else was saved at ${clock(status.at)}.` : ""} ${KEPT}`;
    case "retrying": {
      // `now` may predate this retry until the first tick: never show more than the wait that was scheduled.
      const seconds = Math.max(0, Math.min(status.seconds, Math.ceil((status.at - now) / 1000)));
      return `${status.offline ? "Offline" : "The server did not answer"} — retrying in ${seconds} s. ${KEPT}`;
    }
    case "error":
      return `Not saved: ${status.message} ${KEPT}`;
    case "conflict":
      return "Not saved: a newer version was saved; choose below.";
  }
}

const TONE: Record<SaveStatus["kind"], string> = {
  new: "muted",
  idle: "muted",
  dirty: "muted",
  saving: "muted",
  saved: "text-emerald-700 dark:text-emerald-400",
  invalid: "text-red-700 dark:text-red-400",
  retrying: "text-amber-800 dark:text-amber-300",
  error: "text-red-700 dark:text-red-400",
  conflict: "text-red-700 dark:text-red-400",
};

/** The save state as it really is, with a live countdown while a retry waits. */
export function SaveStatusText({ status, offered }: { status: SaveStatus; offered: boolean }) {
  const [now, setNow] = useState(() => Date.now());
  const retryAt = status.kind === "retrying" ? status.at : null;
  useEffect(() => {
    if (retryAt === null) return;
    const tick = setInterval(() => setNow(Date.now()), 500);
    return () => clearInterval(tick);
  }, [retryAt]);
  return (
    <p role="status" aria-live="polite" className="text-sm">
      <span className={offered ? "text-amber-800 dark:text-amber-300" : TONE[status.kind]}>{statusText(status, now, offered)}</span>
    </p>
  );
}
