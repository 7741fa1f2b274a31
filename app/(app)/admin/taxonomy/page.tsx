import type { Metadata } from "next";
import Link from "next/link";
import { ActionButton, ActionForm } from "@/components/forms/action-form";
import { ForbiddenNotice } from "@/components/layout/forbidden-notice";
import { MergeTagsForm } from "@/components/taxonomy/merge-tags-form";
import { createCategoryAction, createTagAction, restoreCategoryAction, retireCategoryAction } from "@/lib/actions/taxonomy-actions";
import { canManageTaxonomy } from "@/lib/auth/permissions";
import { requireViewer } from "@/lib/auth/session";
import { getTaxonomyOverview } from "@/lib/data/taxonomy";

export const metadata: Metadata = { title: "Taxonomy" };

export default async function TaxonomyAdminPage() {
  const viewer = await requireViewer("/admin/taxonomy");
  if (!canManageTaxonomy(viewer)) return <ForbiddenNotice title="Taxonomy" reason="Only admins manage categories and tags." />;
  const { categories, redirects } = await getTaxonomyOverview();
  const active = categories.filter((c) => !c.retiredAt);
  const choose = { value: "", label: "Choose…" };
  const mergeOptions = categories.flatMap((c) =>
    c.tags.map((t) => ({
      value: t.slug,
      label: `${c.name} › ${t.name} (${t._count.postmortems})`,
      name: t.name,
      postmortems: t._count.postmortems,
      checklistItems: t._count.checklistItems,
    })),
  );

  return (
    <div className="mx-auto max-w-5xl space-y-10">
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold">Taxonomy</h1>
        <p className="muted">
          Categories and the root-cause tags inside them. Renamed and merged tags leave redirects, so old links keep working. Every change is in the{" "}
          <Link href="/admin/audit?entity=tag">audit log</Link>. How this interacts with <code>content/taxonomy</code> is described in
          docs/decisions/0003-taxonomy-overrides.md.
        </p>
      </header>

      <section aria-labelledby="categories-heading" className="space-y-4">
        <h2 id="categories-heading" className="section-title">
          Categories and tags
        </h2>
        {categories.map((category) => (
          <details key={category.slug} className="card">
            <summary className="flex cursor-pointer flex-wrap items-center gap-2">
              <span className="font-medium">{category.name}</span>
              <span className="text-sm muted">
                {category.slug} · {category.tags.length} tag{category.tags.length === 1 ? "" : "s"}
              </span>
              {category.retiredAt && <span className="rounded border border-zinc-400 px-1.5 text-xs">Retired</span>}
            </summary>
            <div className="mt-3 space-y-3">
              <p className="text-sm muted">{category.description}</p>
              {category.retiredAt ? (
                <ActionButton action={restoreCategoryAction} values={{ slug: category.slug }} label={`Restore ${category.name}`} />
              ) : (
                <ActionButton
                  action={retireCategoryAction}
                  values={{ slug: category.slug }}
                  label={`Retire ${category.name}`}
                  tone="danger"
                  confirm={`Retire “${category.name}”? It leaves pickers and the category grid; its tags and links keep working.`}
                />
              )}
              <table className="w-full text-left text-sm">
                <caption className="sr-only">Tags in {category.name}</caption>
                <thead>
                  <tr className="border-b border-zinc-200 dark:border-zinc-800">
                    <th scope="col" className="py-1">
                      Tag
                    </th>
                    <th scope="col" className="py-1">
                      Synonyms
                    </th>
                    <th scope="col" className="py-1">
                      Used by
                    </th>
                    <th scope="col" className="py-1">
                      <span className="sr-only">Actions</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {category.tags.map((tag) => (
                    <tr key={tag.slug} className="border-b border-zinc-100 align-top dark:border-zinc-900">
                      <td className="py-1">
                        <Link href={`/tags/${tag.slug}`}>{tag.name}</Link> <span className="muted">({tag.slug})</span>
                      </td>
                      <td className="py-1 muted">{tag.synonyms || "—"}</td>
                      <td className="py-1">
                        {tag._count.postmortems} postmortem{tag._count.postmortems === 1 ? "" : "s"}, {tag._count.checklistItems} checklist item
                        {tag._count.checklistItems === 1 ? "" : "s"}
                      </td>
                      <td className="py-1 text-right">
                        <Link href={`/admin/taxonomy/tags/${tag.slug}`} aria-label={`Edit or rename ${tag.name}`}>
                          Edit
                        </Link>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
        ))}
      </section>

      <div className="grid gap-8 md:grid-cols-2">
        <section aria-labelledby="new-tag" className="space-y-3">
          <h2 id="new-tag" className="section-title">
            Create a tag
          </h2>
          <ActionForm
            label="Create a tag"
            action={createTagAction}
            submitLabel="Create tag"
            fields={[
              {
                name: "category",
                label: "Category",
                type: "select",
                options: [choose, ...active.map((c) => ({ value: c.slug, label: c.name }))],
                defaultValue: "",
              },
              { name: "name", label: "Name", required: true },
              { name: "slug", label: "Slug", required: true, hint: "Lower-case words joined by hyphens; used in links." },
              {
                name: "description",
                label: "Description",
                type: "textarea",
                required: true,
                hint: "One sentence: what went wrong when this tag applies.",
              },
              { name: "synonyms", label: "Synonyms", hint: "Words or phrases search should also match, separated by commas." },
            ]}
          />
        </section>
        <div className="space-y-8">
          <section aria-labelledby="merge-tags" className="space-y-3">
            <h2 id="merge-tags" className="section-title">
              Merge tags
            </h2>
            <p className="text-sm muted">
              Every postmortem, override and checklist item moves to the second tag; the first one&apos;s slug redirects to it.
            </p>
            <MergeTagsForm options={mergeOptions} />
          </section>
          <section aria-labelledby="new-category" className="space-y-3">
            <h2 id="new-category" className="section-title">
              Create a category
            </h2>
            <ActionForm
              label="Create a category"
              action={createCategoryAction}
              submitLabel="Create category"
              fields={[
                { name: "name", label: "Name", required: true },
                { name: "slug", label: "Slug", required: true },
                { name: "description", label: "Description", type: "textarea", required: true },
              ]}
            />
          </section>
        </div>
      </div>

      <section aria-labelledby="redirects-heading" className="space-y-2">
        <h2 id="redirects-heading" className="section-title">
          Old tag slugs
        </h2>
        {redirects.length === 0 ? (
          <p className="text-sm muted">No tag has been renamed or merged yet.</p>
        ) : (
          <ul className="list-disc pl-5 text-sm">
            {redirects.map((r) => (
              <li key={r.fromSlug}>
                <code>{r.fromSlug}</code> → <Link href={`/tags/${r.tag.slug}`}>{r.tag.name}</Link>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
