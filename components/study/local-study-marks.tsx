"use client";

import Link from "next/link";
import { StudyMarkButtons } from "@/components/study/study-mark-buttons";
import { useLocalProgress } from "@/components/study/use-local-progress";
import { studyKey, withMark } from "@/lib/study/local-progress";

/** Anonymous study toggles, kept in this browser; nothing shows without JavaScript, since nothing could be kept. */
export function LocalStudyMarks({ item }: { item: { kind: string; slug: string; title: string } }) {
  const [progress, save] = useLocalProgress();
  if (!progress) return null;
  const mark = progress[studyKey(item.kind, item.slug)] ?? { studied: false, bookmarked: false };
  return (
    <div role="group" aria-label={`Study progress for ${item.title}`} className="flex flex-wrap items-center gap-2">
      <StudyMarkButtons
        studied={mark.studied}
        bookmarked={mark.bookmarked}
        onToggle={(change) => save(withMark(progress, item.kind, item.slug, change))}
      />
      <p className="text-sm muted">
        Kept in this browser. <Link href="/signin?callbackUrl=/study">Sign in</Link> to keep it in your account.
      </p>
    </div>
  );
}
