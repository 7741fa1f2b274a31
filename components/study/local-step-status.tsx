"use client";

import { StepStatus } from "@/components/study/step-status";
import { useLocalProgress } from "@/components/study/use-local-progress";

/** A step's studied/bookmarked state from this browser. */
export function LocalStepStatus({ stepKey }: { stepKey: string }) {
  const [progress] = useLocalProgress();
  return <StepStatus mark={progress?.[stepKey]} />;
}
