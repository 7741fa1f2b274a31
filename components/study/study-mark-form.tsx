"use client";

import { useActionState } from "react";
import { StudyMarkButtons } from "@/components/study/study-mark-buttons";
import type { FormState } from "@/lib/actions/form-action";
import { markStudyAction } from "@/lib/actions/study-actions";
import type { StudyItemKind } from "@/lib/validation/study";

type Mark = { kind: StudyItemKind; slug: string; studied: boolean; bookmarked: boolean };

/** Signed-in study toggles: a form post, so it also works before (or without) JavaScript. */
export function StudyMarkForm({
  item,
  studied,
  bookmarked,
}: {
  item: { kind: string; slug: string; title: string };
  studied: boolean;
  bookmarked: boolean;
}) {
  const [state, action, pending] = useActionState(markStudyAction, null as FormState<Mark>);
  const current = state?.ok ? state.data : { studied, bookmarked };
  return (
    <form action={action} aria-label={`Study progress for ${item.title}`} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="kind" value={item.kind} />
      <input type="hidden" name="slug" value={item.slug} />
      <StudyMarkButtons studied={current.studied} bookmarked={current.bookmarked} disabled={pending} />
      <p role="status" className="text-sm muted">
        {state && !state.ok ? <span className="text-red-700 dark:text-red-400">{state.message}</span> : state?.message}
      </p>
    </form>
  );
}
