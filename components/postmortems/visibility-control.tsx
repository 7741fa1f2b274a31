import { ActionButton } from "@/components/forms/action-form";
import { visibilityAction } from "@/lib/actions/lead-decision-actions";

type Visibility = "team" | "public";

/** Who will see it, in words a lead can check before confirming. */
const audienceOf = (visibility: Visibility, teamName: string) =>
  visibility === "public" ? "Anyone on the internet, signed in or not" : `Only members of ${teamName} and site admins`;

/**
 * The visibility decision for leads and admins: an explicit button with a confirmation naming the new audience.
 * Right after publishing a team-only postmortem it is shown as a prompt.
 */
export function VisibilityControl({
  pm,
}: {
  pm: { slug: string; title: string; status: string; visibility: string; team: { name: string } | null };
}) {
  const current: Visibility = pm.visibility === "public" ? "public" : "team";
  const next: Visibility = current === "public" ? "team" : "public";
  const teamName = pm.team?.name ?? "the team";
  const prompt = pm.status === "published" && current === "team";
  // Public means anyone only once published (lib/auth/permissions.ts); until then only the team sees it.
  const untilPublished = pm.status === "published" ? "" : "once it is published";
  return (
    <div
      role="group"
      aria-labelledby="visibility-heading"
      className={`space-y-2 ${prompt ? "rounded-md border-l-4 border-indigo-500 bg-indigo-50 px-3 py-2 dark:bg-indigo-950/40" : ""}`}
    >
      <h3 id="visibility-heading" className="font-medium">
        {prompt ? "Published to the team. Who else should see it?" : "Who can see it"}
      </h3>
      <p>
        {current === "public" ? "Public" : "Team-only"}: {audienceOf(current, teamName)}
        {current === "public" && untilPublished && `, ${untilPublished}`}.
      </p>
      <ActionButton
        action={visibilityAction}
        values={{ slug: pm.slug, visibility: next }}
        label={next === "public" ? "Make public" : "Make team-only"}
        confirm={`Make “${pm.title}” ${next === "public" ? "public" : "team-only"}? ${audienceOf(next, teamName)}${next === "public" ? "," : ""} will see it${next === "public" && untilPublished ? ` ${untilPublished}` : ""}.`}
      />
    </div>
  );
}
