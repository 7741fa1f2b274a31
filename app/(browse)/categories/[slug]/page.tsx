import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { StoriesFor } from "@/components/browse/stories-for";
import { PageHeader } from "@/components/layout/page-header";
import { getTaxonomy } from "@/lib/data/taxonomy";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const category = (await getTaxonomy()).categoryBySlug.get((await params).slug);
  return { title: category ? category.name : "Category not found" };
}

export default async function CategoryPage({ params }: Props) {
  const { slug } = await params;
  const category = (await getTaxonomy()).categoryBySlug.get(slug);
  if (!category) notFound();
  return (
    <div className="mx-auto max-w-3xl space-y-8">
      <PageHeader
        back={{ href: "/categories", label: "All categories" }}
        eyebrow="Category"
        title={category.name}
        description={category.description}
      />
      <section aria-labelledby="tags" className="space-y-2">
        <h2 id="tags" className="section-title">
          Tags in this category
        </h2>
        <ul className="grid gap-2 sm:grid-cols-2">
          {category.tags.map((tag) => (
            <li key={tag.slug} className="text-sm">
              <Link href={`/tags/${tag.slug}`} className="font-medium">
                {tag.name}
              </Link>
              <span className="block muted">{tag.description}</span>
            </li>
          ))}
        </ul>
      </section>
      <StoriesFor params={{ category: slug }} noun="category" />
    </div>
  );
}
