"use client";

import { useEffect, useState, useSyncExternalStore } from "react";
import { createDraftAction, saveDraftAction } from "@/lib/actions/postmortem-actions";
import { DraftSaver, type SendDraft } from "@/lib/editor/draft-saver";
import type { PostmortemFields } from "@/lib/validation/postmortem";

const sendDraft: SendDraft = async ({ slug, version, teamId, fields }) =>
  slug ? saveDraftAction({ ...fields, slug, baseVersion: version }) : createDraftAction({ ...fields, teamId });

const browserStore = () => (typeof window === "undefined" ? null : window.localStorage);

/**
 * Keeps a postmortem draft saved (see DraftSaver): the form's values and the save status, plus a keepalive
 * flush when the tab closes. `onCreated` runs once the first save has filed the draft.
 */
export function useAutosave(options: {
  slug: string | null;
  version: number;
  initial: PostmortemFields;
  teamId: number;
  onCreated: (slug: string) => void;
}) {
  const [saver] = useState(() => new DraftSaver(options, sendDraft, browserStore, options.onCreated));
  const snapshot = useSyncExternalStore(saver.subscribe, saver.getSnapshot, saver.getServerSnapshot);

  useEffect(() => {
    window.addEventListener("pagehide", saver.flush);
    return () => {
      window.removeEventListener("pagehide", saver.flush);
      saver.dispose();
    };
  }, [saver]);

  return { ...snapshot, saver };
}
