import type { Metadata } from "next";
import Link from "next/link";
import { CategoryGrid } from "@/components/browse/category-grid";
import { SearchForm } from "@/components/layout/search-form";
import { NoTeamHint } from "@/components/onboarding/no-team-hint";
import { PostmortemList } from "@/components/postmortems/postmortem-card";
import { SeverityIcon, severityShortLabel } from "@/components/postmortems/severity-badge";
import { getDashboard } from "@/lib/data/dashboard";
import { feedAlternate } from "@/lib/validation/browse-params";
import { SEVERITY_INFO } from "@/lib/validation/vocabulary";
import { getViewer } from "@/lib/auth/session";

export const metadata: Metadata = { alternates: feedAlternate({}) };

export default async function HomePage() {
  const viewer = await getViewer();
  const dashboard = await getDashboard(viewer);
  return (
    <div className="space-y-12">
      <section className="space-y-4">
        <h1 className="text-3xl font-semibold sm:text-4xl">Learn from other people’s Kubernetes outages.</h1>
        <p className="max-w-2xl text-lg muted">
          {dashboard.retold} public postmortems, retold with their timelines, root causes and lessons — tagged so you can find the failure you are
          about to have.{" "}
          {dashboard.listed > 0 && (
            <>
              Plus <Link href="/postmortems?coverage=listed">{dashboard.listed} more listed</Link> with a link to the original, waiting to be retold.
            </>
          )}
        </p>
        <SearchForm id="home-search" placeholder="Try “webhook”, “snat” or “calico”" withButton className="max-w-xl" />
      </section>
      {viewer && viewer.teams.length === 0 && <NoTeamHint isAdmin={viewer.isAdmin} />}

      <section aria-labelledby="by-severity" className="space-y-3">
        <h2 id="by-severity" className="section-title">
          By severity tier
        </h2>
        <ul className="grid gap-3 sm:grid-cols-3">
          {dashboard.bySeverity.map(({ severity, count }) => (
            <li key={severity}>
              <Link
                href={`/postmortems?severity=${severity}`}
                className="card block text-inherit no-underline hover:border-indigo-500 hover:no-underline"
              >
                <SeverityIcon severity={severity} className="size-6 text-zinc-600 dark:text-zinc-300" />
                <span className="block text-3xl font-semibold tabular-nums">{count}</span>
                <span className="block font-medium">{severityShortLabel(severity)}</span>
                <span className="block text-sm muted">{SEVERITY_INFO[severity].label}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <section
        aria-labelledby="start-here"
        className="card flex flex-col gap-3 border-indigo-300 bg-indigo-50 sm:flex-row sm:items-center sm:justify-between dark:border-indigo-800 dark:bg-indigo-950/40"
      >
        <div>
          <h2 id="start-here" className="text-lg font-semibold">
            New to Kubernetes failures? Start here.
          </h2>
          <p className="text-sm muted">A short reading path, one idea per story — from a missing node group to a global outage.</p>
        </div>
        <Link href="/study" className="btn shrink-0">
          Start the reading path
        </Link>
      </section>

      <section aria-labelledby="controls" className="card flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
        <div>
          <h2 id="controls" className="text-lg font-semibold">
            Turn the lessons into controls
          </h2>
          <p className="text-sm muted">
            Checklists where every control cites the incidents behind it — run one against your cluster, or describe your stack and see what you are
            exposed to.
          </p>
        </div>
        <div className="flex shrink-0 gap-2">
          <Link href="/checklists" className="btn-quiet">
            Checklists
          </Link>
          <Link href="/exposure" className="btn">
            Am I exposed?
          </Link>
        </div>
      </section>

      <section aria-labelledby="latest" className="space-y-3">
        <div className="flex items-baseline justify-between">
          <h2 id="latest" className="section-title">
            Latest incidents
          </h2>
          <Link href="/postmortems" className="text-sm">
            Browse all {dashboard.total} →
          </Link>
        </div>
        <PostmortemList items={dashboard.latest} />
      </section>

      <section aria-labelledby="categories" className="space-y-3">
        <h2 id="categories" className="section-title">
          Study by category
        </h2>
        <CategoryGrid categories={dashboard.categories} />
      </section>
    </div>
  );
}
