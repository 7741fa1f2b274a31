"use client";

import { useEffect, useState } from "react";
import { TextAreaField } from "@/components/forms/field";
import { previewMarkdownAction } from "@/lib/actions/postmortem-actions";

/** The narrative: Markdown on the left, the sanitized server rendering on the right, updated as you type. */
export function MarkdownField({ value, onChange, error }: { value: string; onChange: (value: string) => void; error?: string[] }) {
  const [html, setHtml] = useState("");
  const [previewError, setPreviewError] = useState("");
  useEffect(() => {
    const timer = setTimeout(async () => {
      const result = await previewMarkdownAction(value);
      if (result.ok) {
        setHtml(result.data);
        setPreviewError("");
      } else setPreviewError(result.message);
    }, 400);
    return () => clearTimeout(timer);
  }, [value]);
  return (
    <section aria-label="Narrative" className="space-y-3">
      <h2 className="section-title">Narrative</h2>
      <div className="grid gap-4 lg:grid-cols-2">
        <TextAreaField
          name="body"
          id="field-body"
          label="Story (Markdown)"
          hint="GitHub-flavoured Markdown. HTML is shown as text, never run."
          value={value}
          onChange={(e) => onChange(e.target.value)}
          errors={error}
          className="[&_textarea]:min-h-72 [&_textarea]:font-mono"
        />
        <div className="space-y-1">
          <p className="text-sm font-medium" id="preview-label">
            Preview
          </p>
          <div role="region" aria-labelledby="preview-label" className="card min-h-72 overflow-auto">
            {previewError ? (
              <p className="text-sm text-red-700">{previewError}</p>
            ) : html ? (
              <div className="prose" dangerouslySetInnerHTML={{ __html: html }} />
            ) : (
              <p className="text-sm muted">Nothing to preview yet.</p>
            )}
          </div>
        </div>
      </div>
    </section>
  );
}
