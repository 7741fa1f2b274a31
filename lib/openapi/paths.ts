import { z } from "zod";
import * as answers from "@/lib/openapi/responses";
import { listSchemas, scalarSchemas } from "@/lib/validation/browse-params";
import { answerInput, startRunInput } from "@/lib/validation/checklist-run";
import { createPostmortemInput, patchFields, updatePostmortemInput } from "@/lib/validation/postmortem";
import { retagInput, sendBackInput, unpublishInput } from "@/lib/validation/review";
import { suggestionInput, suggestionListParams } from "@/lib/validation/suggestion";
import { SLUG_PATTERN } from "@/lib/validation/vocabulary";
import { actionItemFilters, updateActionItemInput } from "@/lib/validation/action-items";
import { similarDraft } from "@/lib/validation/similar";
import { importRequest } from "@/lib/validation/imports";

/*
 * The v1 API, one entry per path (relative to /api/v1, as under app/api/v1). Request bodies and parameters are
 * the zod schemas the handlers validate with; answers are lib/openapi/responses.ts. Adding a route means adding
 * its entry here: lib/openapi/document.test.ts fails while a route file under app/api/v1 is not described.
 */

export const ERROR_STATUSES = [400, 401, 403, 404, 405, 409, 413, 415, 429] as const;
export type ErrorStatus = (typeof ERROR_STATUSES)[number];
export const METHODS = ["get", "post", "put", "patch", "delete"] as const;
export type Method = (typeof METHODS)[number];

export type QueryParameter = { schema: z.ZodType; description: string; repeatable?: boolean };
export type ApiOperation = {
  summary: string;
  description?: string;
  /** optional: anonymous callers see public data, a token or session adds the caller's teams; required: 401 without. */
  auth: "optional" | "required";
  query?: Record<string, QueryParameter>;
  body?: z.ZodType;
  /** `also`: another success status with the same body (e.g. 200 for a preview where 201 means written). */
  response: { status: 200 | 201; description: string; schema: z.ZodType; also?: { status: 200; description: string } };
  errors: ErrorStatus[];
};
export type ApiPath = Partial<Record<Method, ApiOperation>>;

/** Path parameters by name, wherever they appear. */
export const PATH_PARAMETERS: Record<string, { schema: z.ZodType; description: string }> = {
  slug: { schema: z.string().regex(SLUG_PATTERN), description: "The postmortem's or checklist's slug" },
  id: { schema: z.number().int().positive(), description: "The checklist run's or action item's id" },
  story: { schema: z.string().regex(SLUG_PATTERN), description: "The public story's slug" },
};

const browseParameters: Record<string, QueryParameter> = {
  q: { schema: scalarSchemas.q, description: "Full-text search (see the README's search syntax)" },
  coverage: { schema: listSchemas.coverage, description: "retold or listed", repeatable: true },
  severity: { schema: listSchemas.severity, description: "Severity tier", repeatable: true },
  category: { schema: listSchemas.category, description: "Category slug", repeatable: true },
  tag: { schema: listSchemas.tag, description: "Tag slug (renamed tags' old slugs still work)", repeatable: true },
  component: { schema: listSchemas.component, description: "Component slug", repeatable: true },
  platform: { schema: listSchemas.platform, description: "Platform", repeatable: true },
  year: { schema: listSchemas.year, description: "Incident year", repeatable: true },
  duration: { schema: listSchemas.duration, description: "How long the incident lasted, as a range", repeatable: true },
  measured: {
    schema: listSchemas.measured,
    description: "The timeline gives exact times for this phase (time to detect, mitigate, resolve)",
    repeatable: true,
  },
  tagMatch: { schema: scalarSchemas.tagMatch, description: "all: only stories with every tag given (default any)" },
  sort: { schema: scalarSchemas.sort, description: "Default: relevance with q, newest without" },
  page: { schema: scalarSchemas.page, description: "From 1" },
  pageSize: { schema: scalarSchemas.pageSize, description: "Default 20" },
};

// Writes: refused without a caller (401), from another site or role (403), over budget (429), too big (413).
const WRITE_ERRORS: ErrorStatus[] = [400, 401, 403, 404, 413, 415, 429];
const leadMove = (summary: string, description: string, body?: z.ZodType): ApiOperation => ({
  summary,
  description,
  auth: "required",
  ...(body ? { body } : {}),
  response: { status: 200, description: "The postmortem's new status", schema: answers.moved },
  errors: [...WRITE_ERRORS, 409],
});

export const API_PATHS: Record<string, ApiPath> = {
  "/postmortems": {
    get: {
      summary: "Search and list postmortems",
      description: "Facet parameters may repeat: values within one parameter are ORed, different parameters ANDed.",
      auth: "optional",
      query: browseParameters,
      response: { status: 200, description: "One page of postmortems you may see", schema: answers.postmortemList },
      errors: [400],
    },
    post: {
      summary: "File a team postmortem (a draft)",
      description: "Only `title`, `incidentDate` and `teamId` are required for a draft.",
      auth: "required",
      body: createPostmortemInput,
      response: { status: 201, description: "The new draft's slug and version", schema: answers.created },
      errors: WRITE_ERRORS,
    },
  },
  "/postmortems/{slug}": {
    get: {
      summary: "One postmortem, in full",
      description: "A listed entry that was retold answers 308 with the retold story's address.",
      auth: "optional",
      response: { status: 200, description: "The full record", schema: answers.postmortemRecord },
      errors: [404],
    },
    patch: {
      summary: "Edit a team postmortem",
      description:
        "Any subset of the fields plus `baseVersion`. Each field is checked on its own: valid ones are saved even when others are refused (then 400 with `fields`, `saved` and the new `version`); 409 with `current` when `baseVersion` is stale.",
      auth: "required",
      body: patchFields.extend({ baseVersion: updatePostmortemInput.shape.baseVersion }),
      response: { status: 200, description: "What was saved", schema: answers.patched },
      errors: [...WRITE_ERRORS, 409],
    },
  },
  "/postmortems/{slug}/archive": {
    post: {
      summary: "Archive (soft-delete) a team postmortem",
      auth: "required",
      response: { status: 200, description: "Archived", schema: answers.archived },
      errors: WRITE_ERRORS,
    },
  },
  "/postmortems/{slug}/restore": {
    post: {
      summary: "Restore an archived team postmortem",
      auth: "required",
      response: { status: 200, description: "Restored", schema: answers.archived },
      errors: WRITE_ERRORS,
    },
  },
  "/postmortems/{slug}/submit": { post: leadMove("Submit a draft for review", "Members submit their team's drafts.") },
  "/postmortems/{slug}/publish": {
    post: leadMove("Publish a postmortem in review", "Leads and admins; 400 with `fields.publish` listing what is missing."),
  },
  "/postmortems/{slug}/send-back": {
    post: leadMove("Send a postmortem back to its authors", "With a comment the draft shows.", sendBackInput.omit({ slug: true })),
  },
  "/postmortems/{slug}/unpublish": {
    post: leadMove("Unpublish a postmortem", "Returns it to draft, with a reason.", unpublishInput.omit({ slug: true })),
  },
  "/postmortems/{slug}/tags": {
    put: {
      summary: "Replace a postmortem's tags and components",
      description: "Each list is the whole set; a list left out is unchanged.",
      auth: "required",
      body: retagInput.omit({ slug: true }),
      response: { status: 200, description: "Whether anything changed", schema: answers.retagged },
      errors: WRITE_ERRORS,
    },
  },
  "/tags": {
    get: {
      summary: "Root-cause tags with their category and story counts",
      auth: "optional",
      response: { status: 200, description: "Every tag", schema: answers.tagList },
      errors: [],
    },
  },
  "/checklists": {
    get: {
      summary: "Curated checklists",
      auth: "optional",
      response: { status: 200, description: "Every checklist", schema: answers.checklistList },
      errors: [],
    },
  },
  "/checklists/{slug}": {
    get: {
      summary: "One checklist with its items, checks and the postmortems they cite",
      auth: "optional",
      response: { status: 200, description: "The checklist", schema: answers.checklist },
      errors: [404],
    },
  },
  "/runs": {
    post: {
      summary: "Start a checklist run for a team",
      auth: "required",
      body: startRunInput,
      response: { status: 201, description: "The new run's id", schema: answers.newId },
      errors: WRITE_ERRORS,
    },
  },
  "/runs/{id}": {
    get: {
      summary: "A checklist run with every item's answer",
      description: "Team-only runs need a session or token of that team; others get 404.",
      auth: "optional",
      response: { status: 200, description: "The run", schema: answers.checklistRun },
      errors: [404],
    },
  },
  "/runs/{id}/answers": {
    post: {
      summary: "Answer one item of a run",
      description: "`unanswered` clears an answer; 409 with `current` when someone else changed that item since `baseVersion`.",
      auth: "required",
      body: answerInput.omit({ runId: true }),
      response: { status: 200, description: "The saved answer", schema: answers.answered },
      errors: [...WRITE_ERRORS, 409],
    },
  },
  "/suggestions": {
    get: {
      summary: "Your own story suggestions and their outcome",
      auth: "required",
      query: { page: { schema: suggestionListParams.shape.page, description: "From 1" } },
      response: { status: 200, description: "One page, newest first", schema: answers.suggestionList },
      errors: [401],
    },
    post: {
      summary: "Suggest a public postmortem for the atlas",
      description: "409 with `fields.url` when the atlas already has the link or it is pending.",
      auth: "required",
      body: suggestionInput,
      response: { status: 201, description: "The suggestion's id", schema: answers.newId },
      errors: [...WRITE_ERRORS, 409],
    },
  },
  "/postmortems/{slug}/withdraw": {
    post: leadMove("Withdraw a submission back to draft", "The author or a lead of the team, while it is in review."),
  },
  "/postmortems/{slug}/looks-like/{story}": {
    put: {
      summary: "Link a team postmortem to a public story it looks like",
      description: "Whoever may edit the postmortem; only stories everyone may read; at most 20 links.",
      auth: "required",
      response: { status: 200, description: "Linked", schema: answers.linked },
      errors: WRITE_ERRORS,
    },
    delete: {
      summary: "Remove a looks-like link",
      auth: "required",
      response: { status: 200, description: "Unlinked", schema: answers.linked },
      errors: WRITE_ERRORS,
    },
  },
  "/similar": {
    get: {
      summary: "Public stories similar to a draft, with why each matched",
      description: "Full-text relevance over the draft's telling words plus shared tags (2) and components (1).",
      auth: "optional",
      query: {
        title: { schema: similarDraft.shape.title, description: "The draft's title" },
        summary: { schema: similarDraft.shape.summary, description: "The draft's summary" },
        rootCause: { schema: similarDraft.shape.rootCause, description: "The draft's root cause" },
        tag: { schema: z.string().regex(SLUG_PATTERN), description: "A tag slug", repeatable: true },
        component: { schema: z.string().regex(SLUG_PATTERN), description: "A component slug", repeatable: true },
        exclude: { schema: z.string().regex(SLUG_PATTERN), description: "The draft's own slug" },
      },
      response: { status: 200, description: "The most similar public stories", schema: answers.similarList },
      errors: [400],
    },
  },
  "/action-items": {
    get: {
      summary: "The action items of your teams' postmortems (a backlog)",
      description: "Soonest due first, undated last. `owner` is mine (default), anyone, unassigned or a user id.",
      auth: "required",
      query: {
        owner: { schema: z.string(), description: "mine, anyone, unassigned or a user id" },
        status: { schema: actionItemFilters.shape.status, description: "Status" },
        type: { schema: actionItemFilters.shape.type, description: "Type" },
        overdue: { schema: z.enum(["1", "0"]), description: "1: open items past their due date only" },
        team: { schema: z.string().regex(SLUG_PATTERN), description: "A team's slug" },
        postmortem: { schema: z.string().regex(SLUG_PATTERN), description: "A postmortem's slug" },
        page: { schema: z.number().int().min(1), description: "From 1" },
        pageSize: { schema: z.number().int().min(1).max(100), description: "Default 25" },
      },
      response: { status: 200, description: "One page of action items", schema: answers.actionItemList },
      errors: [400, 401],
    },
  },
  "/action-items/{id}": {
    patch: {
      summary: "Change an action item's status, due date or owner, also after publishing",
      description:
        "The owner, the team's leads and admins change status and due date; leads and admins reassign. 409 with `current` when `baseVersion` is stale.",
      auth: "required",
      body: updateActionItemInput.omit({ id: true }),
      response: { status: 200, description: "The item as saved", schema: answers.actionItemUpdated },
      errors: [...WRITE_ERRORS, 409],
    },
  },
  "/imports": {
    post: {
      summary: "Import postmortems into a team as drafts (Markdown, templates, JSON or a zip)",
      description:
        "Files as `text` or `base64`. `dryRun: true` returns the preview and writes nothing; `stopOnError: true` writes nothing if any file is bad. 201 when drafts were written, 200 otherwise (same body).",
      auth: "required",
      body: importRequest,
      response: {
        status: 201,
        description: "Drafts were written: each file's parsed fields, notes, problems and draft",
        schema: answers.imported,
        also: { status: 200, description: "A preview, or nothing could be written: the same body" },
      },
      errors: WRITE_ERRORS,
    },
  },
  "/postmortems/{slug}/exercise": {
    get: {
      summary: 'A story\'s "What would you check?" exercise, before the reveal',
      description: "Only what the team first saw: no trigger, root cause, resolution or later timeline entries.",
      auth: "optional",
      response: { status: 200, description: "The exercise", schema: answers.exercise },
      errors: [404],
    },
  },
  "/openapi.json": {
    get: {
      summary: "This document",
      auth: "optional",
      response: { status: 200, description: "OpenAPI 3.1", schema: z.looseObject({ openapi: z.string(), paths: z.record(z.string(), z.unknown()) }) },
      errors: [],
    },
  },
};
