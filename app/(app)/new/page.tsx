import type { Metadata } from "next";
import Link from "next/link";
import { PostmortemEditor } from "@/components/editor/postmortem-editor";
import { requireViewer } from "@/lib/auth/session";
import { getEditorOptions } from "@/lib/data/editor-options";
import { isoDate } from "@/lib/format";
import { emptyFields } from "@/lib/validation/postmortem";

export const metadata: Metadata = { title: "New postmortem" };

export default async function NewPostmortemPage({ searchParams }: { searchParams: Promise<{ team?: string }> }) {
  const viewer = await requireViewer("/new");
  const { tagGroups, componentGroups, teams, owners } = await getEditorOptions(viewer);
  if (teams.length === 0) {
    return (
      <div className="mx-auto max-w-xl space-y-3">
        <h1 className="text-2xl font-semibold">New postmortem</h1>
        <p className="card text-sm">
          Postmortems belong to a team, and you are not in one yet. Ask a team lead to add you or send you an invite link
          {viewer.isAdmin ? ", or " : "."}
          {viewer.isAdmin && <Link href="/teams">create a team</Link>}
        </p>
      </div>
    );
  }
  const wanted = Number((await searchParams).team);
  const teamId = teams.some((t) => t.id === wanted) ? wanted : teams[0]!.id;
  return (
    <div className="mx-auto max-w-6xl space-y-4">
      <PostmortemEditor
        intro="It starts as a draft visible to your team, and saves itself as you type once it has a title."
        slug={null}
        version={0}
        initial={emptyFields(isoDate(new Date()))}
        teams={teams}
        teamId={teamId}
        tagGroups={tagGroups}
        componentGroups={componentGroups}
        owners={owners}
      />
    </div>
  );
}
