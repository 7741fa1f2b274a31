import Link from "next/link";

const TONES: Record<string, string> = {
  pending: "border-amber-500 text-amber-800 dark:text-amber-300",
  accepted: "border-emerald-500 text-emerald-800 dark:text-emerald-300",
  declined: "border-red-400 text-red-800 dark:text-red-300",
};

/** A suggestion's outcome as the suggester and admins see it: the state, the listed entry or the reason. */
export function SuggestionOutcome({ status, declineReason, slug }: { status: string; declineReason: string | null; slug: string | null }) {
  return (
    <span className="space-y-1">
      <span className={`inline-block rounded border px-1.5 py-0.5 text-xs font-medium ${TONES[status] ?? ""}`}>{status}</span>
      {slug && (
        <span className="block text-sm">
          Listed as <Link href={`/postmortems/${slug}`}>/postmortems/{slug}</Link>
        </span>
      )}
      {declineReason && <span className="block text-sm muted">Reason: {declineReason}</span>}
    </span>
  );
}
