import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PostmortemEditor } from "@/components/editor/postmortem-editor";
import { requireViewer } from "@/lib/auth/session";
import { getEditorOptions } from "@/lib/data/editor-options";
import { looksLike } from "@/lib/data/looks-like";
import { getEditable } from "@/lib/data/postmortem-writes";

export const metadata: Metadata = { title: "Edit postmortem" };

export default async function EditPostmortemPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const viewer = await requireViewer(`/postmortems/${slug}/edit`);
  const pm = await getEditable(viewer, slug);
  if (!pm || !pm.team) notFound();
  if (!pm.editable) {
    return (
      <div className="mx-auto max-w-xl space-y-3">
        <h1 className="text-2xl font-semibold">You cannot edit this postmortem</h1>
        <p className="card text-sm">
          {pm.archivedAt
            ? "It is archived. A lead can restore it from the team page."
            : pm.status !== "draft"
              ? "It is in review or published, so only the team's leads and admins edit it. A lead can send it back to draft."
              : "Only members of its team can edit it."}
        </p>
        <Link href={`/postmortems/${slug}`}>Back to the postmortem</Link>
      </div>
    );
  }
  const [options, linked] = await Promise.all([getEditorOptions(viewer, [pm.team.id]), looksLike(pm.id)]);
  const team = { id: pm.team.id, name: pm.team.name, lead: options.teams.find((t) => t.id === pm.team!.id)?.lead ?? viewer.isAdmin };
  return (
    <div className="mx-auto max-w-6xl space-y-4">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href={`/postmortems/${slug}`}>← {pm.fields.title}</Link>
      </nav>
      <PostmortemEditor
        slug={slug}
        version={pm.version}
        initial={pm.fields}
        teams={[team]}
        teamId={team.id}
        tagGroups={options.tagGroups}
        componentGroups={options.componentGroups}
        owners={options.owners}
        linked={linked.map((story) => ({ slug: story.slug, title: story.title }))}
      />
    </div>
  );
}
