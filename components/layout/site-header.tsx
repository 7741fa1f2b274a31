import Link from "next/link";
import { SearchForm } from "@/components/layout/search-form";
import { ThemeToggle } from "@/components/layout/theme-toggle";
import { UserMenu } from "@/components/layout/user-menu";

const NAV = [
  { href: "/postmortems", label: "Postmortems" },
  { href: "/categories", label: "Categories" },
  { href: "/tags", label: "Tags" },
  { href: "/checklists", label: "Checklists" },
  { href: "/exposure", label: "Am I exposed?" },
  { href: "/learn", label: "Start here" },
];

export function SiteHeader() {
  return (
    <header className="border-b border-zinc-200 dark:border-zinc-800">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:rounded focus:bg-white focus:p-2 dark:focus:bg-zinc-900"
      >
        Skip to content
      </a>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="flex items-center gap-2 font-semibold text-zinc-900 no-underline hover:no-underline dark:text-zinc-100">
          <span aria-hidden="true" className="text-xl">
            🗺️
          </span>
          Postmortem Atlas
        </Link>
        <nav aria-label="Main" className="flex flex-1 flex-wrap gap-4 text-sm">
          {NAV.map((item) => (
            <Link key={item.href} href={item.href} className="text-zinc-700 dark:text-zinc-300">
              {item.label}
            </Link>
          ))}
        </nav>
        <SearchForm id="site-search" placeholder="Search postmortems" />
        <ThemeToggle />
      </div>
      <div className="mx-auto flex max-w-6xl justify-end px-4 pb-3">
        <UserMenu />
      </div>
    </header>
  );
}
