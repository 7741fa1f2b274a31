import { z } from "zod";
import { ACTION_STATUSES, ACTION_TYPES, SLUG_PATTERN } from "@/lib/validation/vocabulary";

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const blankToUndefined = (value: unknown) => {
  const one = first(value);
  return one === "" || one === null ? undefined : one;
};
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());
const slug = z.string().regex(SLUG_PATTERN, "Use a slug like `payments-dns-outage`.");

export const ACTION_PAGE_SIZE = 25;

/**
 * Backlog filters, the same for `/actions` and `GET /api/v1/action-items`. `owner` is `mine` (the default),
 * `anyone`, `unassigned` or a user id.
 */
export const actionItemFilters = z.object({
  owner: z.preprocess(
    blankToUndefined,
    z
      .union([z.enum(["mine", "anyone", "unassigned"]), z.coerce.number().int().positive()], {
        message: "Use mine, anyone, unassigned or a user id.",
      })
      .default("mine"),
  ),
  status: optional(z.enum(ACTION_STATUSES, { message: `Use one of ${ACTION_STATUSES.join(", ")}.` })),
  type: optional(z.enum(ACTION_TYPES, { message: `Use one of ${ACTION_TYPES.join(", ")}.` })),
  overdue: z
    .preprocess(blankToUndefined, z.enum(["1", "true", "0", "false"], { message: "Use 1 or 0." }).optional())
    .transform((v) => v === "1" || v === "true"),
  team: optional(slug),
  postmortem: optional(slug),
  page: z.preprocess(
    blankToUndefined,
    z.coerce
      .number({ message: "Use a page number from 1." })
      .int("Use a page number from 1.")
      .min(1, "Use a page number from 1.")
      .max(10_000)
      .default(1),
  ),
  pageSize: z.preprocess(
    blankToUndefined,
    z.coerce
      .number({ message: "Use a page size from 1 to 100." })
      .int("Use a page size from 1 to 100.")
      .min(1, "Use a page size from 1 to 100.")
      .max(100, "Use a page size from 1 to 100.")
      .default(ACTION_PAGE_SIZE),
  ),
});

export type ActionItemFilters = z.infer<typeof actionItemFilters>;

const isoDay = z.iso.date("Enter a date as YYYY-MM-DD.");

/**
 * A change to one action item. `owner` is a user id (a user of the postmortem's team), a name (free text), or null
 * for nobody; `dueDate` null clears it. Fields left out are unchanged.
 */
export const updateActionItemInput = z
  .object({
    id: z.coerce.number().int().positive(),
    baseVersion: z.number({ message: "Send the version you changed (baseVersion)." }).int().min(1),
    status: z.enum(ACTION_STATUSES, { message: `Use one of ${ACTION_STATUSES.join(", ")}.` }).optional(),
    dueDate: z.union([isoDay, z.null()]).optional(),
    owner: z
      .union([z.number().int().positive(), z.string().trim().max(100, "Use at most 100 characters."), z.null()], {
        message: "Send a user id, a name or null.",
      })
      .optional(),
  })
  .strict();

export type UpdateActionItemInput = z.infer<typeof updateActionItemInput>;
