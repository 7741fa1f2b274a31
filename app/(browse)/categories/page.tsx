import type { Metadata } from "next";
import { CategoryGrid } from "@/components/browse/category-grid";
import { getDashboard } from "@/lib/data/dashboard";
import { getViewer } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Categories" };

export default async function CategoriesPage() {
  const { categories } = await getDashboard(await getViewer());
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-semibold">Categories</h1>
        <p className="muted">Root-cause families. Each holds specific tags; a story counts in every category its tags belong to.</p>
      </div>
      <CategoryGrid categories={categories} headingLevel={2} />
    </div>
  );
}
