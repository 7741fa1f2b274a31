"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useLocalProgress } from "@/components/study/use-local-progress";
import { importStudyAction } from "@/lib/actions/study-actions";
import { localMarks } from "@/lib/study/local-progress";

/** After sign-in: offers to move progress kept in this browser into the account, then clears the browser copy. */
export function ImportOffer() {
  const [progress, save] = useLocalProgress();
  const [message, setMessage] = useState<{ text: string; error?: boolean } | null>(null);
  const [pending, startTransition] = useTransition();
  const router = useRouter();
  const marks = progress ? localMarks(progress) : [];

  if (marks.length === 0)
    return message ? (
      <p role="status" className="text-sm">
        {message.text}
      </p>
    ) : null;

  const importMarks = () =>
    startTransition(async () => {
      const result = await importStudyAction(marks);
      if (!result.ok) return setMessage({ text: result.message, error: true });
      save(null);
      setMessage({ text: `Imported ${result.data.imported} item${result.data.imported === 1 ? "" : "s"} into your account.` });
      router.refresh();
    });

  return (
    <section aria-labelledby="import-progress" className="card space-y-2 border-indigo-300 dark:border-indigo-800">
      <h2 id="import-progress" className="text-base font-semibold">
        Progress saved in this browser
      </h2>
      <p className="text-sm">
        Before you signed in, you marked {marks.length} stor{marks.length === 1 ? "y or technique" : "ies or techniques"} here. Import them into your
        account to keep them on every device; the browser copy is then cleared.
      </p>
      <div className="flex flex-wrap gap-2">
        <button type="button" className="btn" onClick={importMarks} disabled={pending}>
          Import my progress
        </button>
        <button type="button" className="btn-quiet" onClick={() => save(null)} disabled={pending}>
          Discard it
        </button>
      </div>
      {message?.error && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          {message.text}
        </p>
      )}
    </section>
  );
}
