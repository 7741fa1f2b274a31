import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/forms/action-form";
import { ForbiddenNotice } from "@/components/layout/forbidden-notice";
import { updateTagAction } from "@/lib/actions/taxonomy-actions";
import { canManageTaxonomy } from "@/lib/auth/permissions";
import { requireViewer } from "@/lib/auth/session";
import { getTaxonomy } from "@/lib/data/taxonomy";

export const metadata: Metadata = { title: "Edit tag" };

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ saved?: string }> };

export default async function EditTagPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const saved = (await searchParams).saved === "1";
  const viewer = await requireViewer(`/admin/taxonomy/tags/${slug}`);
  if (!canManageTaxonomy(viewer)) return <ForbiddenNotice title="Edit tag" reason="Only admins manage categories and tags." />;
  const taxonomy = await getTaxonomy();
  const tag = taxonomy.tagBySlug.get(slug);
  if (!tag) notFound();
  return (
    <div className="mx-auto max-w-xl space-y-6">
      <header className="space-y-1">
        <nav aria-label="Breadcrumb" className="text-sm">
          <Link href="/admin/taxonomy">← Taxonomy</Link>
        </nav>
        <h1 className="text-2xl font-semibold">Edit tag “{tag.name}”</h1>
        {saved && (
          <p
            role="status"
            className="rounded-md border border-emerald-400 bg-emerald-50 p-2 text-sm text-emerald-900 dark:bg-emerald-950/40 dark:text-emerald-200"
          >
            Saved. <Link href={`/tags/${tag.slug}`}>View the tag</Link>
          </p>
        )}
        <p className="text-sm muted">Changing the slug renames the tag: the old slug keeps redirecting, in links and in content files.</p>
      </header>
      {/* Keyed by slug: after a rename the form starts from the saved values. */}
      <ActionForm
        key={tag.slug}
        label="Edit tag"
        action={updateTagAction}
        submitLabel="Save tag"
        fields={[
          { name: "current", label: "", type: "hidden", defaultValue: tag.slug },
          {
            name: "category",
            label: "Category",
            type: "select",
            defaultValue: tag.category.slug,
            options: taxonomy.categories.filter((c) => !c.retired || c.slug === tag.category.slug).map((c) => ({ value: c.slug, label: c.name })),
          },
          { name: "name", label: "Name", required: true, defaultValue: tag.name },
          { name: "slug", label: "Slug", required: true, defaultValue: tag.slug },
          { name: "description", label: "Description", type: "textarea", required: true, defaultValue: tag.description },
          { name: "synonyms", label: "Synonyms", defaultValue: tag.synonyms, hint: "Separate with commas; a synonym may have several words." },
        ]}
      />
    </div>
  );
}
