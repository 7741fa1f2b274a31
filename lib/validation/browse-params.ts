import { z } from "zod";
import { DURATION_KEYS, type DurationBucket } from "@/lib/insights/duration-buckets";
import { FACET_KEYS, TAG_MATCHES, type TagMatch } from "@/lib/search/facets";
import { PHASES, type Phase } from "@/lib/timeline/time-to";
import { COVERAGES, PLATFORMS, SEVERITIES, SLUG_PATTERN, type Coverage, type Platform, type Severity } from "@/lib/validation/vocabulary";

export const SORTS = ["relevance", "newest", "oldest"] as const;
export type Sort = (typeof SORTS)[number];

export const MAX_QUERY_LENGTH = 200;
export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export type BrowseFilters = {
  q: string;
  coverage: Coverage[];
  severity: Severity[];
  category: string[];
  tag: string[];
  component: string[];
  platform: Platform[];
  year: string[];
  duration: DurationBucket[];
  /** Stories whose timeline gives exact times for these phases (time to detect, mitigate, resolve). */
  measured: Phase[];
  /** "all": a story must carry every selected tag (by default, any of them). */
  tagMatch: TagMatch;
  sort: Sort;
  page: number;
  pageSize: number;
};

export type ParamErrors = Record<string, string>;
export type RawParams = Record<string, string | string[] | undefined>;

const slug = z.string().regex(SLUG_PATTERN, "must be a slug like `pod-anti-affinity`");
/** Parameters that may repeat (values ORed); the OpenAPI document describes them from these. */
export const listSchemas = {
  coverage: z.enum(COVERAGES, { message: `must be one of: ${COVERAGES.join(", ")}` }),
  severity: z.enum(SEVERITIES, { message: `must be one of: ${SEVERITIES.join(", ")}` }),
  category: slug,
  tag: slug,
  component: slug,
  platform: z.enum(PLATFORMS, { message: `must be one of: ${PLATFORMS.join(", ")}` }),
  year: z.string().regex(/^(19|20)\d\d$/, "must be a year from 1900 to 2099"),
  duration: z.enum(DURATION_KEYS, { message: `must be one of: ${DURATION_KEYS.join(", ")}` }),
  measured: z.enum(PHASES, { message: `must be one of: ${PHASES.join(", ")}` }),
} as const;
export const scalarSchemas = {
  q: z.string().trim().max(MAX_QUERY_LENGTH, `must be at most ${MAX_QUERY_LENGTH} characters`),
  sort: z.enum(SORTS, { message: `must be one of: ${SORTS.join(", ")}` }),
  tagMatch: z.enum(TAG_MATCHES, { message: `must be ${TAG_MATCHES.join(" or ")}` }),
  page: z.coerce
    .number({ message: "must be a whole number" })
    .int("must be a whole number")
    .min(1, "must be 1 or more")
    .max(10_000, "must be at most 10000"),
  pageSize: z.coerce
    .number({ message: "must be a whole number" })
    .int("must be a whole number")
    .min(1, "must be 1 or more")
    .max(MAX_PAGE_SIZE, `must be at most ${MAX_PAGE_SIZE}`),
} as const;

const asList = (value: string | string[] | undefined) =>
  (Array.isArray(value) ? value : value === undefined ? [] : [value]).map((v) => v.trim()).filter(Boolean);

/**
 * Parses browse parameters (from a URL or Next's searchParams). Invalid values are dropped from
 * the filters and reported in `errors` keyed by parameter: the API answers 400 with them, pages show them.
 */
export function parseBrowseParams(raw: RawParams): { filters: BrowseFilters; errors: ParamErrors } {
  const errors: ParamErrors = {};
  const list = <K extends keyof typeof listSchemas>(key: K) => {
    const values: z.infer<(typeof listSchemas)[K]>[] = [];
    for (const value of new Set(asList(raw[key]))) {
      const parsed = listSchemas[key].safeParse(value);
      if (parsed.success) values.push(parsed.data as z.infer<(typeof listSchemas)[K]>);
      else errors[key] = `"${value.slice(0, 60)}" ${parsed.error.issues[0]?.message}`;
    }
    return values;
  };
  const scalar = <K extends keyof typeof scalarSchemas>(key: K, fallback: z.infer<(typeof scalarSchemas)[K]>) => {
    const value = asList(raw[key])[0];
    if (value === undefined) return fallback;
    const parsed = scalarSchemas[key].safeParse(value);
    if (parsed.success) return parsed.data as z.infer<(typeof scalarSchemas)[K]>;
    errors[key] = parsed.error.issues[0]?.message ?? "is invalid";
    return fallback;
  };

  const q = scalar("q", "");
  const filters: BrowseFilters = {
    q,
    coverage: list("coverage"),
    severity: list("severity"),
    category: list("category"),
    tag: list("tag"),
    component: list("component"),
    platform: list("platform"),
    year: list("year"),
    duration: list("duration"),
    measured: list("measured"),
    tagMatch: scalar("tagMatch", "any"),
    sort: scalar("sort", q ? "relevance" : "newest"),
    page: scalar("page", 1),
    pageSize: scalar("pageSize", DEFAULT_PAGE_SIZE),
  };
  return { filters, errors };
}

export function searchParamsToRecord(params: URLSearchParams): RawParams {
  const record: Record<string, string[]> = {};
  for (const [key, value] of params) (record[key] ??= []).push(value);
  return record;
}

/** Builds the query string for a filtered view; the inverse of parseBrowseParams for non-default values. */
export function browseQueryString(filters: Partial<BrowseFilters>): string {
  const params = new URLSearchParams();
  if (filters.q) params.set("q", filters.q);
  for (const key of FACET_KEYS) {
    for (const value of filters[key] ?? []) params.append(key, value);
  }
  if (filters.tagMatch === "all") params.set("tagMatch", "all");
  const defaultSort = filters.q ? "relevance" : "newest";
  if (filters.sort && filters.sort !== defaultSort) params.set("sort", filters.sort);
  if (filters.pageSize && filters.pageSize !== DEFAULT_PAGE_SIZE) params.set("pageSize", String(filters.pageSize));
  if (filters.page && filters.page > 1) params.set("page", String(filters.page));
  const query = params.toString();
  return query ? `?${query}` : "";
}

/** The Atom feed of a filtered view: the filters only, since a feed is always the newest first page. */
export const feedHref = (filters: Partial<BrowseFilters>) =>
  `/feed.xml${browseQueryString({ ...filters, sort: undefined, page: undefined, pageSize: undefined })}`;

/** The `<link rel="alternate">` that lets browsers and feed readers find a view's feed. */
export const feedAlternate = (filters: Partial<BrowseFilters>) => ({
  types: { "application/atom+xml": [{ url: feedHref(filters), title: "Postmortem Atlas (Atom)" }] },
});
