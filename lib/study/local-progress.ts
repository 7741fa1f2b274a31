import type { StudyItemKind } from "@/lib/validation/study";

// Anonymous study progress lives in localStorage under one key, and is offered for import at sign-in.
export const LOCAL_PROGRESS_KEY = "atlas-study-v1";

export type LocalMark = { kind: StudyItemKind; slug: string; studied: boolean; bookmarked: boolean };
export type LocalProgress = Record<string, { studied: boolean; bookmarked: boolean }>;

export const studyKey = (kind: string, slug: string) => `${kind}:${slug}`;

/** Parses what is stored, dropping anything malformed (the browser's storage is not ours to trust). */
export function parseLocalProgress(text: string | null): LocalProgress {
  if (!text) return {};
  try {
    const raw = JSON.parse(text) as unknown;
    if (!raw || typeof raw !== "object") return {};
    const out: LocalProgress = {};
    for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
      if (!/^(postmortem|technique):[a-z0-9-]+$/.test(key) || !value || typeof value !== "object") continue;
      const v = value as Record<string, unknown>;
      if (v.studied === true || v.bookmarked === true) out[key] = { studied: v.studied === true, bookmarked: v.bookmarked === true };
    }
    return out;
  } catch {
    return {};
  }
}

/** The stored progress as a list, the shape the import takes. */
export function localMarks(progress: LocalProgress): LocalMark[] {
  return Object.entries(progress).map(([key, value]) => {
    const [kind, slug] = key.split(":") as [StudyItemKind, string];
    return { kind, slug, ...value };
  });
}

/** Progress with one item changed; an item with neither mark is removed. */
export function withMark(
  progress: LocalProgress,
  kind: string,
  slug: string,
  change: Partial<{ studied: boolean; bookmarked: boolean }>,
): LocalProgress {
  const key = studyKey(kind, slug);
  const next = { studied: false, bookmarked: false, ...progress[key], ...change };
  const rest = Object.fromEntries(Object.entries(progress).filter(([k]) => k !== key));
  return next.studied || next.bookmarked ? { ...rest, [key]: next } : rest;
}
