import { z } from "zod";
import { exactTime } from "@/lib/timeline/exact-time";
import { ACTION_STATUSES, ACTION_TYPES, PLATFORMS, SEVERITIES, SLUG_PATTERN, TIMELINE_MARKERS } from "@/lib/validation/vocabulary";

export const VISIBILITIES = ["team", "public"] as const;
export const BODY_MAX = 100_000;

const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Use at most ${max.toLocaleString("en")} characters.`);
const required = (max: number, message: string) => text(max).min(1, message);
const optionalEnum = <T extends readonly [string, ...string[]]>(values: T) => z.union([z.literal(""), z.enum(values)]);
const httpUrl = z.url({ protocol: /^https?$/, message: "Enter a full http:// or https:// address." });
const isoDate = z.iso.date("Enter a date as YYYY-MM-DD.");
const tagSlug = z.string().regex(SLUG_PATTERN, "Unknown value.");

/**
 * The editable fields of a team postmortem. Drafts may leave most of them empty; what publishing
 * requires is checked separately. Used by the form (instant feedback), server actions and the API.
 */
export const postmortemFields = z.object({
  title: required(200, "Give the postmortem a title.").min(3, "Use at least 3 characters."),
  incidentDate: isoDate,
  incidentTime: z.union([z.literal(""), z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Enter a time as HH:MM (24-hour, UTC).")]).default(""),
  durationMinutes: z
    .number({ message: "Enter whole minutes." })
    .int("Enter whole minutes.")
    .min(1, "At least 1 minute.")
    .max(525_600, "At most a year.")
    .nullable()
    .default(null),
  severity: optionalEnum(SEVERITIES).default(""),
  platform: z.enum(PLATFORMS, { message: "Choose a platform." }).default("other"),
  kubernetesVersion: z
    .union([
      z.literal(""),
      z
        .string()
        .trim()
        .regex(/^v?1\.\d{1,2}(\.\d{1,3})?$/, "Use a version like 1.29 or 1.29.3."),
    ])
    .default(""),
  components: z.array(tagSlug).max(30, "At most 30 components.").default([]),
  tags: z.array(tagSlug).max(30, "At most 30 tags.").default([]),
  summary: text(400).default(""),
  impact: text(5000).default(""),
  trigger: text(5000).default(""),
  rootCause: text(5000).default(""),
  detection: text(5000).default(""),
  resolution: text(5000).default(""),
  timeline: z
    .array(
      z.object({
        at: required(60, "Say when, e.g. 14:10 UTC or Day 2."),
        // In the order the stored snapshot has, so an unchanged timeline compares equal (changedFields).
        time: z.union([z.literal(""), exactTime]).default(""),
        description: required(1000, "Say what happened."),
        marker: optionalEnum(TIMELINE_MARKERS).default(""),
      }),
    )
    .max(100, "At most 100 events.")
    .default([]),
  lessons: z.array(required(1000, "Write the lesson or remove it.")).max(50, "At most 50 lessons.").default([]),
  actionItems: z
    .array(
      z.object({
        type: z.enum(ACTION_TYPES, { message: "Choose a type." }),
        description: required(1000, "Describe the action or remove it."),
        owner: text(100).default(""),
        /** A user of the team who owns it; `owner` then holds their name. */
        ownerId: z.number().int().positive().nullable().default(null),
        status: z.enum(ACTION_STATUSES).default("open"),
        dueDate: z.union([z.literal(""), isoDate]).default(""),
        link: z.union([z.literal(""), httpUrl]).default(""),
      }),
    )
    .max(50, "At most 50 action items.")
    .default([]),
  sources: z
    .array(z.object({ title: required(200, "Name the source."), url: httpUrl }))
    .max(30, "At most 30 sources.")
    .default([]),
  body: z
    .string()
    .max(BODY_MAX, `The narrative is limited to ${BODY_MAX.toLocaleString("en")} characters.`)
    .default(""),
  visibility: z.enum(VISIBILITIES).default("team"),
});

export type PostmortemFields = z.infer<typeof postmortemFields>;
export type PostmortemFieldName = keyof PostmortemFields;

// People file from every timezone and type their local date. The earliest timezone is UTC+14, so a date is
// "today" somewhere until its UTC midnight is more than 14 hours away; only later dates are certainly ahead.
const TIMEZONE_TOLERANCE_MS = 14 * 60 * 60 * 1000;
export const isFutureDate = (date: string, now = Date.now()) => Date.parse(`${date}T00:00:00Z`) > now + TIMEZONE_TOLERANCE_MS;

/**
 * What a person may send: the stored shape, plus a date that has happened. Stored rows and revisions keep
 * the lenient shape so an older future-dated draft can still be read and corrected.
 */
export const postmortemInput = postmortemFields.extend({
  incidentDate: isoDate
    .refine((date) => date >= "1900-01-01", "Enter a date from 1900 onwards.")
    .refine((date) => !isFutureDate(date), "The incident date is in the future. Enter the day it happened."),
  timeline: postmortemFields.shape.timeline.unwrap().superRefine(checkExactTimes).default([]),
});

// Exact times carry their offset, so only a clock's drift separates "now" here from "now" where it was typed.
const CLOCK_SKEW_MS = 5 * 60 * 1000;
const AFTER_TRIGGER: readonly string[] = ["detection", "diagnosis", "mitigation", "resolution"];

/** Time to detect and to resolve are read from exact times: each has happened, and no marked step comes before the trigger. */
function checkExactTimes(events: PostmortemFields["timeline"], ctx: z.RefinementCtx) {
  const now = Date.now();
  const trigger = events.find((event) => event.marker === "trigger" && event.time);
  const triggerAt = trigger ? Date.parse(trigger.time) : NaN;
  events.forEach((event, i) => {
    const at = event.time ? Date.parse(event.time) : NaN;
    if (Number.isNaN(at)) return;
    if (at > now + CLOCK_SKEW_MS) ctx.addIssue({ code: "custom", path: [i, "time"], message: "This time is in the future. Enter when it happened." });
    else if (AFTER_TRIGGER.includes(event.marker) && at < triggerAt)
      ctx.addIssue({ code: "custom", path: [i, "time"], message: `The ${event.marker} comes before the trigger's exact time. Check both times.` });
  });
}

export const createPostmortemInput = postmortemInput.extend({
  teamId: z.coerce.number({ message: "Choose a team." }).int().positive("Choose a team."),
});

// A PATCH changes only what it sends. `.partial()` would keep each field's default and silently reset every
// field the client left out, so the defaults are unwrapped first.
const patchShape = Object.fromEntries(
  Object.entries(postmortemInput.shape).map(([key, schema]) => [key, (schema instanceof z.ZodDefault ? schema.unwrap() : schema).optional()]),
) as unknown as { [K in keyof typeof postmortemFields.shape]: z.ZodOptional<z.ZodType<PostmortemFields[K]>> };

const FIELD_NAMES = Object.keys(patchShape) as PostmortemFieldName[];

/** Every field a PATCH may send, each optional: what parseEachField accepts, for the API's description. */
export const patchFields = z.object(patchShape);

export type FieldErrorMap = Record<string, string[]>;

/**
 * Parses each field on its own, so one bad field does not hold back the others: the values that parse,
 * and errors (keyed by path, e.g. `sources.0.url`) for the rest. Fields that are not sent are left out.
 */
export function parseEachField(raw: Record<string, unknown>): { values: Partial<PostmortemFields>; errors: FieldErrorMap } {
  const values: Record<string, unknown> = {};
  const errors: FieldErrorMap = {};
  for (const name of FIELD_NAMES) {
    if (raw[name] === undefined) continue;
    const parsed = patchShape[name].safeParse(raw[name]);
    if (parsed.success) values[name] = parsed.data;
    else for (const issue of parsed.error.issues) (errors[[name, ...issue.path.map(String)].join(".")] ??= []).push(issue.message);
  }
  return { values: values as Partial<PostmortemFields>, errors };
}

/**
 * A PATCH: any subset of the fields, against the version the client last saw. Only the envelope is checked
 * here; the fields are parsed one by one (parseEachField) so the valid ones save even when another is refused.
 */
export const updatePostmortemInput = z.looseObject({
  slug: z.string().regex(SLUG_PATTERN),
  baseVersion: z.coerce.number({ message: "Send the version you edited (baseVersion)." }).int().min(1),
});

export const postmortemRef = z.object({ slug: z.string().regex(SLUG_PATTERN) });
export const restoreRevisionInput = postmortemRef.extend({ revisionId: z.coerce.number().int().positive() });
export const previewInput = z.object({ body: z.string().max(BODY_MAX, `The narrative is limited to ${BODY_MAX.toLocaleString("en")} characters.`) });

/** A blank form: every default, today's date, no title yet. */
export const emptyFields = (today: string): PostmortemFields => ({ ...postmortemFields.parse({ title: "New", incidentDate: today }), title: "" });
