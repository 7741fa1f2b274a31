"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { createDraftAction, saveDraftAction } from "@/lib/actions/postmortem-actions";
import type { FieldErrors } from "@/lib/actions/result";
import { postmortemFields, type PostmortemFields } from "@/lib/validation/postmortem";

export type SaveState = "saved" | "dirty" | "saving" | "invalid" | "error" | "conflict";
export type Conflict = { version: number; fields: PostmortemFields; savedBy: string | null; savedAt: string | null };

const AUTOSAVE_DELAY_MS = 1200;
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function validate(values: PostmortemFields): FieldErrors {
  const parsed = postmortemFields.safeParse(values);
  if (parsed.success) return {};
  const errors: Record<string, string[]> = {};
  for (const issue of parsed.error.issues) (errors[issue.path.map(String).join(".")] ??= []).push(issue.message);
  return errors;
}

/**
 * Keeps a postmortem draft saved: debounced saves while typing, a local backup of anything not yet saved,
 * a keepalive flush when the tab closes, and conflict detection through the version number.
 */
export function useAutosave(options: { slug: string | null; version: number; initial: PostmortemFields; teamId: number | null }) {
  const [values, setValues] = useState(options.initial);
  const [slug, setSlug] = useState(options.slug);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [state, setState] = useState<SaveState>("saved");
  const [message, setMessage] = useState("");
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const saved = useRef({ version: options.version, values: options.initial });
  const saving = useRef(false);
  const inConflict = useRef(false);
  const latest = useRef(values);
  latest.current = values;
  const backupKey = `atlas:draft:${slug ?? `new-${options.teamId ?? "x"}`}`;

  const save = useCallback(async () => {
    if (saving.current || inConflict.current) return;
    const current = latest.current;
    if (same(current, saved.current.values) && slug) return setState("saved");
    const problems = validate(current);
    setErrors(problems);
    if (Object.keys(problems).length) return setState("invalid");
    saving.current = true;
    setState("saving");
    const result = slug
      ? await saveDraftAction({ ...current, slug, baseVersion: saved.current.version })
      : await createDraftAction({ ...current, teamId: options.teamId });
    saving.current = false;
    if (result.ok) {
      saved.current = { version: result.data.version, values: current };
      if (!slug) {
        localStorage.removeItem(backupKey);
        setSlug(result.data.slug);
        window.history.replaceState(null, "", `/postmortems/${result.data.slug}/edit`);
      }
      setMessage("");
      setState(same(latest.current, current) ? "saved" : "dirty");
    } else if (result.status === 409) {
      inConflict.current = true;
      setConflict(result.conflict as Conflict);
      setState("conflict");
    } else {
      setErrors(result.errors ?? {});
      setMessage(result.message);
      setState(result.status === 400 ? "invalid" : "error");
    }
  }, [backupKey, options.teamId, slug]);

  // Debounced save and an immediate local backup on every change.
  useEffect(() => {
    if (same(values, saved.current.values)) return;
    localStorage.setItem(backupKey, JSON.stringify({ values, version: saved.current.version, at: new Date().toISOString() }));
    setState((s) => (s === "conflict" ? s : "dirty"));
    const timer = setTimeout(save, AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [values, save, backupKey]);

  // Once the server has what is on screen, the local backup is no longer needed.
  useEffect(() => {
    if (state === "saved") localStorage.removeItem(backupKey);
  }, [state, backupKey]);

  // Closing the tab: send what is unsaved with a keepalive request (the local backup covers the rest).
  useEffect(() => {
    const flush = () => {
      const current = latest.current;
      if (!slug || saving.current || same(current, saved.current.values) || Object.keys(validate(current)).length) return;
      void fetch(`/api/v1/postmortems/${slug}`, {
        method: "PATCH",
        keepalive: true,
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ ...current, baseVersion: saved.current.version }),
      });
    };
    window.addEventListener("pagehide", flush);
    return () => window.removeEventListener("pagehide", flush);
  }, [slug]);

  return {
    values,
    setValues,
    slug,
    errors,
    state,
    message,
    conflict,
    saveNow: save,
    backupKey,
    /** Keep my text and save it over the newer version. */
    keepMine: () => {
      if (!conflict) return;
      saved.current = { version: conflict.version, values: conflict.fields };
      inConflict.current = false;
      setConflict(null);
      setState("dirty");
      void save();
    },
    /** Drop my changes and load the newer version. */
    takeTheirs: () => {
      if (!conflict) return;
      saved.current = { version: conflict.version, values: conflict.fields };
      inConflict.current = false;
      setValues(conflict.fields);
      setConflict(null);
      setState("saved");
    },
    /** Restore a local backup from an earlier visit, edited against `version`. */
    restoreBackup: (backup: { values: PostmortemFields; version: number }) => {
      saved.current = { ...saved.current, version: backup.version };
      setValues(backup.values);
    },
  };
}
