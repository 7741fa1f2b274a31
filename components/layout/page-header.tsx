import Link from "next/link";
import type { ReactNode } from "react";

/** Title block for a taxonomy page: a link back, a small label, the name and its description. */
export function PageHeader({
  back,
  eyebrow,
  title,
  description,
}: {
  back: { href: string; label: string };
  eyebrow: ReactNode;
  title: string;
  description: string;
}) {
  return (
    <header className="space-y-2">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href={back.href}>← {back.label}</Link>
      </nav>
      <p className="text-xs font-semibold uppercase tracking-wide muted">{eyebrow}</p>
      <h1 className="text-3xl font-semibold">{title}</h1>
      <p className="text-lg muted">{description}</p>
    </header>
  );
}
