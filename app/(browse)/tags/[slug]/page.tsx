import type { Metadata } from "next";
import Link from "next/link";
import { notFound, permanentRedirect } from "next/navigation";
import { StoriesFor } from "@/components/browse/stories-for";
import { PageHeader } from "@/components/layout/page-header";
import { getTaxonomy } from "@/lib/data/taxonomy";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const tag = (await getTaxonomy()).tagBySlug.get((await params).slug);
  return { title: tag ? `${tag.name} (tag)` : "Tag not found" };
}

export default async function TagPage({ params }: Props) {
  const { slug } = await params;
  const taxonomy = await getTaxonomy();
  const tag = taxonomy.tagBySlug.get(slug);
  if (!tag) {
    const renamed = taxonomy.tagRedirects.get(slug);
    if (renamed) permanentRedirect(`/tags/${renamed}`);
    notFound();
  }
  return (
    <div className="mx-auto max-w-3xl space-y-8">
      <PageHeader
        back={{ href: "/tags", label: "All tags" }}
        eyebrow={
          <>
            Tag in <Link href={`/categories/${tag.category.slug}`}>{tag.category.name}</Link>
          </>
        }
        title={tag.name}
        description={tag.description}
      />
      <StoriesFor params={{ tag: slug }} noun="tag" />
    </div>
  );
}
