import type { Metadata } from "next";
import Link from "next/link";
import { ActionItemRow } from "@/components/actions/action-item-row";
import { FilterSelect } from "@/components/actions/filter-select";
import { Pager } from "@/components/pager";
import { requireViewer } from "@/lib/auth/session";
import { listActionItems } from "@/lib/data/action-items";
import { actionItemFilters, type ActionItemFilters } from "@/lib/validation/action-items";
import { ACTION_STATUS_LABELS, ACTION_STATUSES, ACTION_TYPES } from "@/lib/validation/vocabulary";

export const metadata: Metadata = { title: "Action items" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function pageHref(filters: ActionItemFilters, page: number) {
  const shown = {
    owner: filters.owner,
    status: filters.status,
    type: filters.type,
    team: filters.team,
    postmortem: filters.postmortem,
    overdue: filters.overdue ? "1" : undefined,
    page: page > 1 ? page : undefined,
  };
  const params = new URLSearchParams(Object.entries(shown).flatMap(([key, value]) => (value === undefined ? [] : [[key, String(value)]])));
  return `/actions${params.size ? `?${params}` : ""}`;
}

const OWNER_LABELS = { mine: "Mine", anyone: "Anyone", unassigned: "Nobody (or a name outside the team)" } as const;

export default async function ActionsPage({ searchParams }: Props) {
  const viewer = await requireViewer("/actions");
  const parsed = actionItemFilters.safeParse(await searchParams);
  // A hand-edited address with an odd value shows the default backlog and says so, rather than failing.
  const filters = parsed.success ? parsed.data : actionItemFilters.parse({});
  const { items, total } = await listActionItems(viewer, filters);
  const pages = Math.max(1, Math.ceil(total / filters.pageSize));

  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold">Action items</h1>
        <p className="muted">
          Follow-ups from your teams&apos; postmortems, soonest due first. Owners, leads and admins close them here, even on published postmortems.
        </p>
      </header>
      {!parsed.success && (
        <p role="alert" className="card text-sm">
          Some filters in the address were not understood, so the default backlog is shown.
        </p>
      )}
      {viewer.teams.length === 0 ? (
        <p className="card text-sm">
          Action items belong to team postmortems, and you are not in a team yet. <Link href="/teams">Teams</Link>
        </p>
      ) : (
        <form method="get" aria-label="Filter action items" className="card flex flex-wrap items-end gap-3 text-sm">
          <FilterSelect
            name="owner"
            label="Owner"
            value={String(filters.owner)}
            options={[
              ...Object.entries(OWNER_LABELS).map(([value, label]) => ({ value, label })),
              ...(typeof filters.owner === "number" ? [{ value: String(filters.owner), label: "The person chosen" }] : []),
            ]}
          />
          <FilterSelect
            name="status"
            label="Status"
            value={filters.status ?? ""}
            options={[{ value: "", label: "Any" }, ...ACTION_STATUSES.map((s) => ({ value: s, label: ACTION_STATUS_LABELS[s] }))]}
          />
          <FilterSelect
            name="type"
            label="Type"
            value={filters.type ?? ""}
            options={[{ value: "", label: "Any" }, ...ACTION_TYPES.map((t) => ({ value: t, label: t }))]}
          />
          <FilterSelect
            name="team"
            label="Team"
            value={filters.team ?? ""}
            options={[{ value: "", label: "All my teams" }, ...viewer.teams.map((t) => ({ value: t.slug, label: t.name }))]}
          />
          <label className="space-y-1">
            <span className="block font-medium">Postmortem (address name)</span>
            <input name="postmortem" defaultValue={filters.postmortem ?? ""} className="input" placeholder="e.g. payments-dns-outage" />
          </label>
          <label className="flex items-center gap-2 py-2">
            <input type="checkbox" name="overdue" value="1" defaultChecked={filters.overdue} />
            <span>Overdue only</span>
          </label>
          <button type="submit" className="btn">
            Filter
          </button>
          <Link href="/actions">Reset</Link>
        </form>
      )}
      <p role="status" className="text-sm muted">
        {total === 0 ? "No action items match." : `${total} action item${total === 1 ? "" : "s"}, soonest due first.`}
      </p>
      {items.length > 0 && (
        <ul className="space-y-3" aria-label="Action items">
          {items.map((item) => (
            <ActionItemRow key={item.id} item={item} />
          ))}
        </ul>
      )}
      <Pager page={filters.page} pages={pages} href={(page) => pageHref(filters, page)} />
    </div>
  );
}
