"use client";

import { useCallback, useSyncExternalStore } from "react";
import { LOCAL_PROGRESS_KEY, parseLocalProgress, type LocalProgress } from "@/lib/study/local-progress";

// One in-memory copy shared by every component on the page, kept in step with other tabs by the storage event.
const listeners = new Set<() => void>();
let cached: { text: string | null; value: LocalProgress } | null = null;

function read(): LocalProgress {
  const text = window.localStorage.getItem(LOCAL_PROGRESS_KEY);
  if (cached?.text !== text) cached = { text, value: parseLocalProgress(text) };
  return cached.value;
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => event.key === LOCAL_PROGRESS_KEY && listener();
  window.addEventListener("storage", onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", onStorage);
  };
}

/** The browser's study progress (null before hydration, so the server and first render agree) and a setter. */
export function useLocalProgress() {
  const progress = useSyncExternalStore(subscribe, read, () => null);
  const save = useCallback((next: LocalProgress | null) => {
    if (next && Object.keys(next).length) window.localStorage.setItem(LOCAL_PROGRESS_KEY, JSON.stringify(next));
    else window.localStorage.removeItem(LOCAL_PROGRESS_KEY);
    listeners.forEach((l) => l());
  }, []);
  return [progress, save] as const;
}
