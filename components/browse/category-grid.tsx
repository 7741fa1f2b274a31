import Link from "next/link";
import type { CategorySummary } from "@/lib/data/dashboard";

export function CategoryGrid({ categories, headingLevel = 3 }: { categories: CategorySummary[]; headingLevel?: 2 | 3 }) {
  const Heading = `h${headingLevel}` as const;
  return (
    <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
      {categories.map((category) => (
        <li key={category.slug} className="card flex flex-col gap-1">
          <Heading className="flex items-baseline justify-between gap-2 font-semibold">
            <Link href={`/categories/${category.slug}`}>{category.name}</Link>
            <span className="text-sm font-normal tabular-nums muted">
              {category.count} {category.count === 1 ? "story" : "stories"}
            </span>
          </Heading>
          <p className="text-sm muted">{category.description}</p>
        </li>
      ))}
    </ul>
  );
}
