import { BookmarkCheck, CircleCheck } from "lucide";
import { Icon } from "@/components/icon";

/** "Studied" and "Bookmarked" badges for a track step; nothing when neither is set. */
export function StepStatus({ mark }: { mark?: { studied: boolean; bookmarked: boolean } }) {
  if (!mark?.studied && !mark?.bookmarked) return null;
  return (
    <span className="inline-flex gap-2 text-xs font-semibold text-emerald-800 dark:text-emerald-300">
      {mark.studied && (
        <span className="inline-flex items-center gap-1">
          <Icon node={CircleCheck} className="size-3.5" />
          Studied
        </span>
      )}
      {mark.bookmarked && (
        <span className="inline-flex items-center gap-1">
          <Icon node={BookmarkCheck} className="size-3.5" />
          Bookmarked
        </span>
      )}
    </span>
  );
}
