import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ImportForm } from "@/components/imports/import-form";
import { canCreateIn } from "@/lib/auth/permissions";
import { requireViewer } from "@/lib/auth/session";
import { getTeam } from "@/lib/data/teams";
import { IMPORT_LIMITS } from "@/lib/transfer/import-limits";

export const metadata: Metadata = { title: "Import postmortems" };

export default async function ImportPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const viewer = await requireViewer(`/teams/${slug}/import`);
  const team = await getTeam(slug);
  // Outsiders get the same answer as for a team that does not exist.
  if (!team || !canCreateIn(viewer, team.id)) notFound();
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <header className="space-y-2">
        <nav aria-label="Breadcrumb" className="text-sm">
          <Link href={`/teams/${team.slug}`}>← {team.name}</Link>
        </nav>
        <h1 className="text-2xl font-semibold">Import postmortems</h1>
        <p className="muted">Each file becomes a team-only draft of {team.name}. You see what every file would become before anything is saved.</p>
        <ul className="list-disc space-y-1 pl-6 text-sm muted">
          <li>Markdown with frontmatter, as the atlas exports it (the format of its curated stories).</li>
          <li>
            Markdown from a postmortem template: a <code># Title</code>, then sections such as Summary, Impact, Root cause, Trigger, Detection,
            Resolution, Timeline, Lessons learned and Action items (headings or <code>**Summary:**</code> lines).
          </li>
          <li>JSON: a postmortem record from the API or a JSON export.</li>
          <li>
            A zip of these (at most {IMPORT_LIMITS.files} files, {IMPORT_LIMITS.fileBytes / 1024} KiB each and{" "}
            {IMPORT_LIMITS.totalBytes / 1024 / 1024} MiB in all, uncompressed).
          </li>
        </ul>
      </header>
      <ImportForm teamId={team.id} />
    </div>
  );
}
