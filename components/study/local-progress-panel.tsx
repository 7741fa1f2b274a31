"use client";

import { ProgressPanel } from "@/components/study/progress-panel";
import { useLocalProgress } from "@/components/study/use-local-progress";
import { summariseProgress, type StudyTrackRef } from "@/lib/study/progress";

/** An anonymous reader's progress, computed from this browser's storage. */
export function LocalProgressPanel({ tracks }: { tracks: StudyTrackRef[] }) {
  const [progress] = useLocalProgress();
  if (!progress) return null;
  return <ProgressPanel summary={summariseProgress(tracks, progress)} where="browser" />;
}
