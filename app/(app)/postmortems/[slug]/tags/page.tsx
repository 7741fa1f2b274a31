import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { TagEditor } from "@/components/review/tag-editor";
import { requireViewer } from "@/lib/auth/session";
import { getTagEditor } from "@/lib/data/tagging";

export const metadata: Metadata = { title: "Edit tags" };

export default async function EditTagsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const viewer = await requireViewer(`/postmortems/${slug}/tags`);
  const editor = await getTagEditor(viewer, slug);
  if (!editor) notFound();
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <header className="space-y-1">
        <nav aria-label="Breadcrumb" className="text-sm">
          <Link href={`/postmortems/${slug}`}>← {editor.title}</Link>
        </nav>
        <h1 className="text-2xl font-semibold">Edit tags</h1>
        {editor.kind === "curated" && (
          <p className="text-sm muted">
            This is a curated story. Your changes are stored as overrides in the database and survive content re-syncs; the file in content/ is not
            changed.
          </p>
        )}
      </header>
      {editor.allowed ? (
        <TagEditor
          slug={slug}
          tagOptions={editor.tagOptions}
          componentOptions={editor.componentOptions}
          initial={editor.initial}
          suggestions={editor.suggestions}
        />
      ) : (
        <p className="card text-sm">
          {editor.kind === "curated" ? "Only admins tag curated stories." : "Only the team's leads and admins tag its postmortems."}
        </p>
      )}
    </div>
  );
}
