"use client";

import Link from "next/link";
import { useId, useState, type FormEvent } from "react";
import { ImportPreview } from "@/components/imports/import-preview";
import type { ImportResponse } from "@/lib/validation/imports";

// The API reads bodies up to 1 MB; base64 adds a third, so this is what fits in one request.
const MAX_UPLOAD_BYTES = 700_000;

async function base64Of(file: File) {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

type Phase =
  | { kind: "idle" }
  | { kind: "busy"; what: string }
  | { kind: "preview"; data: ImportResponse }
  | { kind: "done"; data: ImportResponse }
  | { kind: "error"; message: string };

/**
 * Choose files, see what each would become (a dry run of POST /api/v1/imports), then confirm. Files are sent as
 * bytes so the server can tell a broken encoding from text, and judges each file on its own.
 */
export function ImportForm({ teamId }: { teamId: number }) {
  const [files, setFiles] = useState<File[]>([]);
  const [stopOnError, setStopOnError] = useState(false);
  const [phase, setPhase] = useState<Phase>({ kind: "idle" });
  const inputId = useId();
  const hintId = useId();

  async function send(dryRun: boolean) {
    const size = files.reduce((sum, f) => sum + f.size, 0);
    if (size > MAX_UPLOAD_BYTES) {
      setPhase({
        kind: "error",
        message: `These files add up to ${Math.round(size / 1024)} KiB; one import takes at most ${Math.round(MAX_UPLOAD_BYTES / 1024)} KiB. Zip them, or import them in parts.`,
      });
      return;
    }
    setPhase({ kind: "busy", what: dryRun ? "Reading the files…" : "Importing…" });
    try {
      const body = { teamId, dryRun, stopOnError, files: await Promise.all(files.map(async (f) => ({ name: f.name, base64: await base64Of(f) }))) };
      const response = await fetch("/api/v1/imports", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
      });
      const data = (await response.json().catch(() => null)) as (ImportResponse & { message?: string }) | null;
      if (!response.ok && response.status !== 201) {
        setPhase({ kind: "error", message: data?.message ?? `The server answered ${response.status}.` });
        return;
      }
      setPhase({ kind: dryRun ? "preview" : "done", data: data! });
    } catch {
      setPhase({ kind: "error", message: "Could not reach the server. Check your connection and try again." });
    }
  }

  const onPreview = (event: FormEvent) => {
    event.preventDefault();
    if (files.length === 0) setPhase({ kind: "error", message: "Choose at least one file." });
    else void send(true);
  };

  const ready = phase.kind === "preview" ? phase.data.files.filter((f) => f.ok).length : 0;
  const blocked = phase.kind === "preview" && stopOnError && phase.data.files.some((f) => !f.ok);

  return (
    <div className="space-y-6">
      <form onSubmit={onPreview} className="card space-y-4">
        <div className="space-y-1">
          <label htmlFor={inputId} className="block font-medium">
            Files
          </label>
          <input
            id={inputId}
            type="file"
            multiple
            accept=".md,.markdown,.mdx,.txt,.json,.zip"
            aria-describedby={hintId}
            className="input"
            onChange={(event) => {
              setFiles([...(event.target.files ?? [])]);
              setPhase({ kind: "idle" });
            }}
          />
          <p id={hintId} className="text-sm muted">
            .md, .markdown, .mdx, .txt, .json or .zip
          </p>
        </div>
        <label className="flex items-start gap-2 text-sm">
          <input type="checkbox" checked={stopOnError} onChange={(event) => setStopOnError(event.target.checked)} className="mt-1" />
          <span>Import nothing if any file has a problem (by default the good files are imported and the others listed)</span>
        </label>
        <button type="submit" className="btn" disabled={phase.kind === "busy"}>
          Preview
        </button>
      </form>

      <div aria-live="polite" className="space-y-4">
        {phase.kind === "busy" && <p role="status">{phase.what}</p>}
        {phase.kind === "error" && (
          <p role="alert" className="rounded-md border border-red-400 bg-red-50 p-3 text-sm dark:bg-red-950/40">
            {phase.message}
          </p>
        )}
        {phase.kind === "preview" && (
          <section aria-labelledby="preview-title" className="space-y-4">
            <h2 id="preview-title" className="section-title">
              Preview: nothing is saved yet
            </h2>
            <p role="status">
              {phase.data.files.length} file{phase.data.files.length === 1 ? "" : "s"}: {ready} ready, {phase.data.files.length - ready} with
              problems.
            </p>
            <ImportPreview files={phase.data.files} />
            {blocked ? (
              <p className="text-sm">
                Nothing will be imported while a file has problems (you asked for all or nothing). Fix the files and preview again.
              </p>
            ) : ready > 0 ? (
              <button type="button" className="btn" onClick={() => void send(false)}>
                Import {ready} draft{ready === 1 ? "" : "s"}
              </button>
            ) : (
              <p className="text-sm">No file can be imported. Fix the problems listed and preview again.</p>
            )}
          </section>
        )}
        {phase.kind === "done" && (
          <section aria-labelledby="done-title" className="space-y-3">
            <h2 id="done-title" className="section-title">
              {phase.data.stopped ? "Nothing was imported" : `Imported ${phase.data.written} draft${phase.data.written === 1 ? "" : "s"}`}
            </h2>
            <ul className="space-y-1 text-sm">
              {phase.data.files.map((file, i) => (
                <li key={`${file.name}-${i}`}>
                  {file.draft ? (
                    <Link href={file.draft.url}>{file.title ?? file.name}</Link>
                  ) : (
                    <span>
                      {file.name}: not imported ({file.problems.map((p) => `${p.field}: ${p.message}`).join("; ")})
                    </span>
                  )}
                </li>
              ))}
            </ul>
          </section>
        )}
      </div>
    </div>
  );
}
