import { z } from "zod";
import { ANSWER_STATUSES } from "@/lib/checklists/answers";
import { CHECK_KINDS } from "@/lib/content/schema";
import { importResponse } from "@/lib/validation/imports";
import { ACTION_STATUSES, ACTION_TYPES, COVERAGES, DATE_PRECISIONS, PLATFORMS, SEVERITIES, TIMELINE_MARKERS } from "@/lib/validation/vocabulary";
import { VISIBILITIES } from "@/lib/validation/postmortem";

/*
 * The shapes the v1 API answers with, as zod schemas: the OpenAPI document is generated from them
 * (lib/openapi/document.ts) and the contract tests (e2e/api-contract.spec.ts) check real answers against the
 * same JSON Schema, so a serializer that changes shape fails a test instead of silently drifting from the docs.
 */

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .describe("ISO date (YYYY-MM-DD)");
const isoDateTime = z.iso.datetime({ offset: true }).describe("ISO date-time (UTC)");
// Listed entries (from the k8s.af list) may have no tier: then the severity is "".
const severity = z.enum([...SEVERITIES, ""]);
const platform = z.enum([...PLATFORMS, ""]);
const kind = z.enum(["curated", "team"]);
const status = z.enum(["draft", "in_review", "published"]);
const visibility = z.enum(VISIBILITIES);
const named = z.object({ slug: z.string(), name: z.string() });

export const errorBody = z.object({
  error: z.string().describe("A stable code: invalid_input, invalid_parameters, unauthenticated, forbidden, cross_site, not_found, …"),
  message: z.string().describe("A sentence for people"),
  fields: z
    .record(z.string(), z.union([z.string(), z.array(z.string())]))
    .optional()
    .describe("Per field or parameter: what is wrong"),
  current: z.unknown().optional().describe("On 409: what is stored now, to compare with"),
  // A PATCH refused in part still saved the valid fields: it says which, and the new version.
  slug: z.string().optional().describe("PATCH refused in part: the postmortem"),
  version: z.number().int().optional().describe("PATCH refused in part: the version after saving the valid fields"),
  changed: z.array(z.string()).optional().describe("PATCH refused in part: fields whose stored value changed"),
  saved: z.array(z.string()).optional().describe("PATCH refused in part: fields saved as sent"),
});

export const postmortemListItem = z.object({
  slug: z.string(),
  title: z.string(),
  organization: z.string(),
  severity,
  incidentDate: isoDate,
  datePrecision: z.enum(DATE_PRECISIONS).describe("How much of the date the sources confirm"),
  durationMinutes: z.number().int().nullable(),
  platform,
  tags: z.array(z.string()).describe("Tag slugs"),
  components: z.array(z.string()).describe("Component slugs"),
  summary: z.string(),
  kind,
  coverage: z.enum(COVERAGES),
  impact: z.string().optional().describe("Listed entries only: the list's own words"),
  team: z.string().nullable().describe("The filing team's name (team postmortems)"),
  status,
  visibility,
  snippet: z.string().optional().describe("With `q`: HTML-escaped text whose only markup is <mark>"),
});

export const postmortemList = z.object({
  items: z.array(postmortemListItem),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

export const postmortemRecord = z.object({
  slug: z.string(),
  kind,
  coverage: z.enum(COVERAGES),
  team: named.nullable(),
  status,
  visibility,
  archived: z.boolean(),
  published: z.object({ at: isoDateTime, by: z.string().nullable() }).nullable(),
  version: z.number().int(),
  kubernetesVersion: z.string().nullable(),
  title: z.string(),
  organization: z.string(),
  severity,
  incidentDate: isoDate,
  datePrecision: z.enum(DATE_PRECISIONS),
  dateNote: z.string().nullable(),
  durationMinutes: z.number().int().nullable(),
  durationApproximate: z.boolean(),
  durationNote: z.string().nullable(),
  platform,
  environment: z.string(),
  summary: z.string(),
  impact: z.string(),
  trigger: z.string(),
  rootCause: z.string(),
  detection: z.string(),
  resolution: z.string(),
  unconfirmed: z.array(z.string()).describe("Facts the sources do not confirm"),
  tags: z.array(named.extend({ category: z.string() })),
  components: z.array(named),
  lessons: z.array(z.string()),
  timeline: z.array(
    z.object({
      at: z.string(),
      time: z.string().nullable().describe("The exact time (ISO 8601 with an offset), when known"),
      description: z.string(),
      marker: z.enum(TIMELINE_MARKERS).nullable(),
    }),
  ),
  actionItems: z.array(
    z.object({
      type: z.enum(ACTION_TYPES),
      description: z.string(),
      owner: z.string().nullable(),
      status: z.enum(ACTION_STATUSES),
      dueDate: isoDate.nullable(),
      link: z.string().nullable(),
    }),
  ),
  sources: z.array(z.object({ title: z.string(), url: z.string() })),
  involved: z.array(z.string()).optional().describe("Listed entries only"),
  tierRule: z.string().nullable().optional().describe("Listed entries only: which rule gave (or withheld) the tier"),
  related: z.array(z.object({ slug: z.string(), title: z.string(), severity })),
  checklistItems: z.array(z.object({ checklist: z.string(), key: z.string(), control: z.string() })),
  url: z.string().describe("The story's page, relative to the site"),
});

export const tagList = z.object({
  items: z.array(named.extend({ description: z.string(), category: named, count: z.number().int().describe("Stories you may see") })),
});

export const checklistList = z.object({
  items: z.array(z.object({ slug: z.string(), title: z.string(), summary: z.string(), itemCount: z.number().int(), storyCount: z.number().int() })),
});

export const checklist = z.object({
  slug: z.string(),
  title: z.string(),
  summary: z.string(),
  items: z.array(
    z.object({
      key: z.string(),
      control: z.string(),
      why: z.string(),
      check: z.object({ kind: z.enum(CHECK_KINDS), lang: z.string(), code: z.string() }),
      tags: z.array(z.string()),
      postmortems: z.array(z.object({ slug: z.string(), title: z.string() })),
    }),
  ),
});

const answer = z.object({ status: z.enum(ANSWER_STATUSES), note: z.string(), owner: z.string(), version: z.number().int() });

export const checklistRun = z.object({
  id: z.number().int(),
  checklist: z.object({ slug: z.string(), title: z.string() }),
  team: named,
  target: z.string(),
  visibility,
  updatedAt: isoDateTime,
  items: z.array(
    z.object({
      id: z.number().int(),
      key: z.string(),
      control: z.string(),
      answer,
      answeredBy: z.string().nullable(),
      postmortems: z.array(z.string()),
    }),
  ),
});

export const suggestionList = z.object({
  items: z.array(
    z.object({
      id: z.number().int(),
      url: z.string(),
      title: z.string(),
      organization: z.string(),
      year: z.number().int(),
      why: z.string(),
      status: z.enum(["pending", "accepted", "declined"]),
      declineReason: z.string().nullable(),
      postmortem: z.string().nullable().describe("The listed story's page once accepted"),
      suggestedAt: isoDate,
    }),
  ),
  total: z.number().int(),
  page: z.number().int(),
});

export const created = z.object({ slug: z.string(), version: z.number().int() });
export const patched = z.object({
  slug: z.string(),
  version: z.number().int(),
  changed: z.array(z.string()).describe("Fields whose stored value changed"),
  saved: z.array(z.string()).describe("Fields now stored as sent"),
});
export const moved = z.object({ slug: z.string(), status });
export const archived = z.object({ slug: z.string(), archived: z.boolean() });
export const retagged = z.object({ slug: z.string(), changed: z.boolean() });
export const newId = z.object({ id: z.number().int() });
export const answered = z.object({ itemId: z.number().int(), answer });

const actionItem = z.object({
  id: z.number().int(),
  type: z.enum(ACTION_TYPES),
  description: z.string(),
  owner: z.string().nullable().describe("The owner's name: a team member's, or free text"),
  ownerId: z.number().int().nullable().describe("The owner's user id when the owner is a team member"),
  status: z.enum(ACTION_STATUSES),
  dueDate: isoDate.nullable(),
  link: z.string().nullable(),
  version: z.number().int(),
  overdue: z.boolean(),
});
export const actionItemList = z.object({
  items: z.array(
    actionItem.extend({
      postmortem: z.object({ slug: z.string(), title: z.string(), team: named.nullable() }),
      canChange: z.boolean().describe("Whether you may change its status and due date"),
      canReassign: z.boolean().describe("Whether you may give it to someone else"),
    }),
  ),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export const actionItemUpdated = actionItem;
export const similarList = z.object({
  items: z.array(
    z.object({
      slug: z.string(),
      title: z.string(),
      organization: z.string(),
      coverage: z.enum(COVERAGES),
      year: z.number().int(),
      reasons: z.object({ words: z.array(z.string()), tags: z.array(z.string()), components: z.array(z.string()) }),
    }),
  ),
});
export const linked = z.object({ slug: z.string(), story: z.string(), linked: z.boolean() });
export const imported = importResponse;
export const exercise = z.object({
  slug: z.string(),
  organization: z.string(),
  year: z.number().int(),
  platform: platform,
  environment: z.string(),
  impact: z.string(),
  detection: z.string(),
  timeline: z.array(z.object({ at: z.string(), description: z.string(), marker: z.enum(TIMELINE_MARKERS).nullable() })),
  choices: z.array(z.object({ ref: z.string(), kind: z.string(), label: z.string() })),
});
