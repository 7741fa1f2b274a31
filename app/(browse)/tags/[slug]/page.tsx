import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { StoriesFor } from "@/components/browse/stories-for";
import { getTaxonomy } from "@/lib/data/taxonomy";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const tag = (await getTaxonomy()).tagBySlug.get((await params).slug);
  return { title: tag ? `${tag.name} (tag)` : "Tag not found" };
}

export default async function TagPage({ params }: Props) {
  const { slug } = await params;
  const tag = (await getTaxonomy()).tagBySlug.get(slug);
  if (!tag) notFound();
  return (
    <div className="mx-auto max-w-3xl space-y-8">
      <header className="space-y-2">
        <nav aria-label="Breadcrumb" className="text-sm">
          <Link href="/tags">← All tags</Link>
        </nav>
        <p className="text-xs font-semibold uppercase tracking-wide muted">
          Tag in <Link href={`/categories/${tag.category.slug}`}>{tag.category.name}</Link>
        </p>
        <h1 className="text-3xl font-semibold">{tag.name}</h1>
        <p className="text-lg muted">{tag.description}</p>
      </header>
      <StoriesFor params={{ tag: slug }} noun="tag" />
    </div>
  );
}
