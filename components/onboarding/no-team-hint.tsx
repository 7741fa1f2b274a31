import Link from "next/link";

/** For a signed-in person in no team yet: how to get into one, since filing and runs belong to teams. */
export function NoTeamHint({ isAdmin }: { isAdmin: boolean }) {
  return (
    <section aria-labelledby="no-team" className="card space-y-2 border-amber-300 bg-amber-50 dark:border-amber-800 dark:bg-amber-950/40">
      <h2 id="no-team" className="text-lg font-semibold">
        You are not in a team yet
      </h2>
      <p className="text-sm">
        Filing postmortems and running checklists happen in a team.{" "}
        {isAdmin
          ? "As an admin you can create one and invite people to it."
          : "Ask a team lead or an admin to add you, or open the invite link they send you."}
      </p>
      {isAdmin && (
        <Link href="/teams" className="btn">
          Create a team
        </Link>
      )}
    </section>
  );
}
