import type { Metadata } from "next";
import Link from "next/link";
import { getCatalogCounts } from "@/lib/data/search";
import { getTaxonomy } from "@/lib/data/taxonomy";
import { getViewer } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Tags" };

export default async function TagsPage() {
  const [taxonomy, { counts }] = await Promise.all([getTaxonomy(), getCatalogCounts(await getViewer())]);
  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <h1 className="text-2xl font-semibold">Tags</h1>
        <p className="muted">Specific root causes, grouped by category. The number is how many stories carry the tag.</p>
      </div>
      {taxonomy.categories
        .filter((category) => category.tags.length > 0)
        .map((category) => (
          <section key={category.slug} aria-labelledby={`cat-${category.slug}`} className="space-y-2">
            <h2 id={`cat-${category.slug}`} className="section-title">
              <Link href={`/categories/${category.slug}`}>{category.name}</Link>
            </h2>
            <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
              {category.tags.map((tag) => (
                <li key={tag.slug} className="text-sm">
                  <Link href={`/tags/${tag.slug}`} className="font-medium">
                    {tag.name}
                  </Link>{" "}
                  <span className="tabular-nums muted">({counts.tag.get(tag.slug) ?? 0})</span>
                  <span className="block muted">{tag.description}</span>
                </li>
              ))}
            </ul>
          </section>
        ))}
    </div>
  );
}
