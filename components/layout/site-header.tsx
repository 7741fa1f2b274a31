import { Menu } from "lucide";
import { Icon } from "@/components/icon";
import Link from "next/link";
import { Disclosure } from "@/components/layout/disclosure";
import { Logo } from "@/components/layout/logo";
import { SearchForm } from "@/components/layout/search-form";
import { ThemeToggle } from "@/components/layout/theme-toggle";
import { UserMenu } from "@/components/layout/user-menu";

const NAV = [
  { href: "/postmortems", label: "Postmortems" },
  { href: "/categories", label: "Categories" },
  { href: "/tags", label: "Tags" },
  { href: "/checklists", label: "Checklists" },
  { href: "/exposure", label: "Am I exposed?" },
  { href: "/study", label: "Study" },
];

/**
 * One row from 1280 px up. Below that the navigation and account links sit behind a Menu button
 * (the search stays in the row from 768 px, and moves into the menu below).
 */
export function SiteHeader() {
  return (
    <header className="site-header relative border-b border-zinc-200 dark:border-zinc-800">
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      <div className="mx-auto flex max-w-7xl items-center gap-x-3 px-4 py-2.5">
        <Link
          href="/"
          className="mr-auto flex shrink-0 items-center gap-2 font-semibold text-zinc-900 no-underline hover:no-underline xl:mr-0 dark:text-zinc-100"
        >
          <Logo />
          Postmortem Atlas
        </Link>
        <SearchForm id="site-search-compact" placeholder="Search…" className="hidden md:flex xl:hidden" />
        <Disclosure
          id="site-menu"
          popover
          buttonClassName="btn-quiet gap-1.5 xl:hidden"
          panelClassName="site-menu"
          label={
            <>
              <Icon node={Menu} className="size-4" />
              Menu
            </>
          }
        >
          <nav aria-label="Main" className="site-nav">
            {NAV.map((item) => (
              <Link key={item.href} href={item.href}>
                {item.label}
              </Link>
            ))}
          </nav>
          <SearchForm id="site-search" placeholder="Search…" className="md:hidden xl:flex" />
          <UserMenu />
        </Disclosure>
        <ThemeToggle />
      </div>
    </header>
  );
}
