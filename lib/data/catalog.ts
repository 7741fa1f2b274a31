import "server-only";
import { cache } from "react";
import type { Viewer } from "@/lib/auth/viewer-types";
import { db } from "@/lib/db";
import { sql, type CatalogBase, type Link, type TimedMarker } from "@/lib/data/sql/dialect";
import { durationBucket } from "@/lib/insights/duration-buckets";
import { isUnderTagged } from "@/lib/review/readiness";
import { Bitset } from "@/lib/search/bitset";
import { FacetIndex, type IndexRow } from "@/lib/search/facet-index";
import { PHASES, timeTo } from "@/lib/timeline/time-to";
import type { Coverage } from "@/lib/validation/vocabulary";

/**
 * Every listing (browse, search, counts, the dashboard, related stories, exposure, header counts) reads one
 * in-memory facet index per process instead of the catalogue. It is built once, then kept current by replaying
 * CatalogChange, which triggers fill whenever a postmortem's visibility, facets or date change. Each request
 * pays one read of the log's bounds, so a write on any instance is seen by every instance on its next request.
 */
type State = { index: FacetIndex; seq: number };
const shared = globalThis as unknown as { atlasCatalog?: { state: State | null; pending: Promise<State> | null } };
const catalog = (shared.atlasCatalog ??= { state: null, pending: null });

export const UNDER_TAGGED = "under-tagged";
/** Published rows, public or team-only: a team's feed lists these and never its drafts. */
export const PUBLISHED = "published";

/** Beyond this many changed stories a full rebuild is cheaper than replaying them one by one. */
const REBUILD_AFTER = 20_000;
/** Postmortems whose links a rebuild loads at once. */
const BUILD_SLICE = 5_000;
/** Changes older than this are pruned; an instance that fell further behind rebuilds. */
const KEEP_CHANGES = 200_000;

export function groupBy(links: Link[]) {
  const map = new Map<number, Link[]>();
  for (const link of links) {
    const list = map.get(link.postmortemId);
    if (list) list.push(link);
    else map.set(link.postmortemId, [link]);
  }
  return map;
}

/** The index rows of these postmortems (their base rows), with their tags, components and timed markers. */
async function rowsOf(base: CatalogBase[]): Promise<IndexRow[]> {
  const dialect = sql();
  const ids = base.map((row) => row.id);
  const [tags, components, markers] = await Promise.all([dialect.tagLinks(ids), dialect.componentLinks(ids), dialect.timedMarkers(ids)]);
  const tagsOf = groupBy(tags);
  const componentsOf = groupBy(components);
  const markersOf = new Map<number, TimedMarker[]>();
  for (const marker of markers) markersOf.set(marker.postmortemId, [...(markersOf.get(marker.postmortemId) ?? []), marker]);
  return base.map((row) => {
    const rowTags = tagsOf.get(row.id) ?? [];
    const bucket = durationBucket(row.durationMinutes);
    const measured = timeTo(markersOf.get(row.id) ?? []);
    const timed = PHASES.some((phase) => measured[phase] !== null);
    return {
      id: row.id,
      date: row.incidentDate.getTime(),
      isPublic: row.status === "published" && (row.kind === "curated" || row.visibility === "public"),
      teamId: row.teamId,
      // A listed entry has only the tags its one-line "involved" list gives: it waits to be retold, not to be tagged.
      flags: [
        ...(row.coverage === "retold" && isUnderTagged(rowTags.length) ? [UNDER_TAGGED] : []),
        ...(row.status === "published" ? [PUBLISHED] : []),
      ],
      ...(timed ? { timeTo: measured } : {}),
      values: {
        coverage: [row.coverage],
        // Listed entries may have no tier or platform: they are then in no value of those facets.
        severity: row.severity ? [row.severity] : [],
        platform: row.platform ? [row.platform] : [],
        year: [String(row.incidentDate.getUTCFullYear())],
        tag: rowTags.map((t) => t.slug),
        category: [...new Set(rowTags.map((t) => t.category))],
        component: (componentsOf.get(row.id) ?? []).map((c) => c.slug),
        // Stories that state no duration are in no range.
        duration: bucket ? [bucket] : [],
        // The phases its timeline measures: insights find the timed stories from these without reading rows.
        measured: PHASES.filter((phase) => measured[phase] !== null),
      },
    };
  });
}

async function rebuild(seq: number): Promise<State> {
  const index = new FacetIndex();
  // In slices, so that only one slice's links and row objects are alive at once: loading all 100k at once held
  // ~350 MB at the peak, which the process kept as RSS long after.
  const base = await sql().catalogBase();
  for (let i = 0; i < base.length; i += BUILD_SLICE) for (const row of await rowsOf(base.slice(i, i + BUILD_SLICE))) index.upsert(row);
  if (seq > KEEP_CHANGES) await db.catalogChange.deleteMany({ where: { seq: { lte: seq - KEEP_CHANGES } } });
  return { index, seq };
}

async function replay(state: State, bounds: { max: number; min: number }): Promise<State> {
  if (bounds.min > state.seq + 1) return rebuild(bounds.max); // the changes it missed were pruned
  const ids = await sql().changedSince(state.seq, bounds.max);
  if (ids.length > REBUILD_AFTER) return rebuild(bounds.max);
  const rows = new Map((await rowsOf(await sql().catalogBase(ids))).map((row) => [row.id, row]));
  for (const id of ids) {
    const row = rows.get(id);
    if (row) state.index.upsert(row);
    else state.index.remove(id);
  }
  return { index: state.index, seq: bounds.max };
}

async function refresh(): Promise<State> {
  // The bounds are read before the rows, so a write that lands in between is replayed again next time.
  const bounds = await sql().changeBounds();
  const state = catalog.state;
  if (state && state.seq === bounds.max) return state;
  catalog.pending ??= (state ? replay(state, bounds) : rebuild(bounds.max)).finally(() => (catalog.pending = null));
  catalog.state = await catalog.pending;
  return catalog.state;
}

/** The index and the change-log position it reflects, current as of this request (checked once per request). */
export const getCatalog = cache(refresh);

export const getCatalogIndex = async () => (await getCatalog()).index;

/** The rows of `set` with this coverage, as a new set. */
export function withCoverage(index: FacetIndex, set: Bitset, coverage: Coverage): Bitset {
  const rows = index.valueSet("coverage", coverage);
  return rows ? set.clone().and(rows) : new Bitset(1);
}

export const readerOf = (viewer: Viewer | null) => (viewer ? { isAdmin: viewer.isAdmin, teamIds: viewer.teams.map((t) => t.id) } : null);

/** What a reader may see, as a cache key: readers who see the same rows share answers ("admin", or their team ids). */
export const readerKey = (viewer: Viewer | null) => (viewer?.isAdmin ? "admin" : (viewer?.teams.map((t) => t.id).sort((a, b) => a - b).join(",") ?? ""));
