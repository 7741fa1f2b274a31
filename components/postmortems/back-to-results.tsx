"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useSyncExternalStore } from "react";

// A story opened from a results page links back to those results (the search, filters, sort and page), not to the
// whole catalogue. The results page remembers, in this tab, which story was opened from where; the story page
// offers the way back only when it is that story. Without JavaScript, or reached any other way, it is
// "All postmortems".
const KEY = "atlas:opened-from-results";
const RESULTS = /^\/postmortems(\?|$)/;
const STORY = /^\/postmortems\/[^/]+$/;

/** On a results page: remembers the page a story link is followed from. Renders nothing. */
export function RememberResults() {
  useEffect(() => {
    const remember = (event: MouseEvent) => {
      const link = event.target instanceof Element ? event.target.closest("a[href]") : null;
      if (!(link instanceof HTMLAnchorElement) || link.origin !== location.origin || !STORY.test(link.pathname)) return;
      try {
        sessionStorage.setItem(KEY, JSON.stringify({ from: location.pathname + location.search, story: link.pathname }));
      } catch {
        // storage refused (private mode, quota): the story page links to all postmortems instead
      }
    };
    document.addEventListener("click", remember, true);
    return () => document.removeEventListener("click", remember, true);
  }, []);
  return null;
}

function resultsFor(story: string): string | null {
  try {
    const opened = JSON.parse(sessionStorage.getItem(KEY) ?? "null") as { from?: unknown; story?: unknown } | null;
    return opened?.story === story && typeof opened.from === "string" && RESULTS.test(opened.from) ? opened.from : null;
  } catch {
    return null;
  }
}

const noChanges = () => () => {};

/** On a story page: "← Back to results" when it was opened from a results page in this tab, else "← All postmortems". */
export function BackToResults() {
  // The router's path, not location's: on a client-side move from one story to another this renders before the
  // address changes.
  const story = usePathname();
  const from = useSyncExternalStore(
    noChanges,
    () => resultsFor(story),
    () => null,
  );
  return <Link href={from ?? "/postmortems"}>{from ? "← Back to results" : "← All postmortems"}</Link>;
}
