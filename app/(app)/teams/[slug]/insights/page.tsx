import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { BarList } from "@/components/insights/bar-list";
import { ChartFigure, DataTable } from "@/components/insights/chart-figure";
import { StackedColumns } from "@/components/insights/stacked-columns";
import { severityShortLabel } from "@/components/postmortems/severity-badge";
import { formatMinutes } from "@/components/postmortems/time-to-summary";
import { isMember } from "@/lib/auth/permissions";
import { requireViewer } from "@/lib/auth/session";
import { getTeamInsights, TEAM_MONTHS } from "@/lib/data/team-insights";
import { getTeam } from "@/lib/data/teams";
import { SEVERITIES } from "@/lib/validation/vocabulary";

export const metadata: Metadata = { title: "Team insights" };

type Props = { params: Promise<{ slug: string }> };

export default async function TeamInsightsPage({ params }: Props) {
  const { slug } = await params;
  const viewer = await requireViewer(`/teams/${slug}/insights`);
  const team = await getTeam(slug);
  // Outsiders get the same answer as for a team that does not exist: no counts, not even the team's name.
  if (!team || !(isMember(viewer, team.id) || viewer.isAdmin)) notFound();
  const insights = await getTeamInsights(team.id);
  const tiers = [
    ...SEVERITIES.map((s) => ({ key: s, label: severityShortLabel(s), n: insights.severity.get(s) ?? 0 })),
    { key: "unrated", label: "No tier yet", n: insights.severity.get("") ?? 0 },
  ];
  const { open, overdue } = insights.actionItems;
  const ttr = insights.timeToResolve;

  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <header className="space-y-1">
        <nav aria-label="Breadcrumb" className="text-sm">
          <Link href={`/teams/${team.slug}`}>← {team.name}</Link>
        </nav>
        <h1 className="text-2xl font-semibold">{team.name}: insights</h1>
        <p className="text-sm muted">
          Only the team&apos;s members and site admins see these numbers. {insights.total} postmortem{insights.total === 1 ? "" : "s"}, archived ones
          left out.
        </p>
      </header>

      <dl className="grid grid-cols-1 gap-3 sm:grid-cols-3">
        <Tile label="Open action items" value={String(open)} />
        <Tile label="Overdue action items" value={String(overdue)} hint="Open, with a due date in the past" />
        <Tile
          label="Median time to resolve"
          value={ttr.median === null ? "Not known yet" : formatMinutes(Math.round(ttr.median))}
          hint={
            ttr.n
              ? `From ${ttr.n} timeline${ttr.n === 1 ? "" : "s"} with exact trigger and resolution times`
              : "Give timeline events exact times to measure it"
          }
        />
      </dl>

      <ChartFigure
        id="per-month"
        title="Postmortems per month"
        caption={`Postmortems by month of the incident, over the last ${TEAM_MONTHS} months.`}
        data={<DataTable caption="Postmortems per month" head={["Month", "Postmortems"]} rows={insights.perMonth.map((m) => [m.month, m.n])} />}
      >
        <StackedColumns
          label="Postmortems per month"
          columns={insights.perMonth.map((m) => m.month)}
          maxLabels={4}
          series={[{ key: "n", label: "Postmortems", color: "#4f46e5" }]}
          value={(month) => insights.perMonth.find((m) => m.month === month)?.n ?? 0}
        />
      </ChartFigure>

      <ChartFigure
        id="severity-mix"
        title="Severity mix"
        caption="The team's postmortems by severity tier; drafts may not have one yet."
        data={<DataTable caption="Postmortems per severity tier" head={["Tier", "Postmortems"]} rows={tiers.map((t) => [t.label, t.n])} />}
      >
        <BarList label="Postmortems per severity tier" bars={tiers} color="#dc2626" />
      </ChartFigure>
    </div>
  );
}

function Tile({ label, value, hint }: { label: string; value: string; hint?: string }) {
  return (
    <div className="card">
      <dt className="text-sm muted">{label}</dt>
      <dd className="text-xl font-semibold">{value}</dd>
      {hint && <dd className="text-xs muted">{hint}</dd>}
    </div>
  );
}
