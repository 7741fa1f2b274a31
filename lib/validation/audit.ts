import { z } from "zod";

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const optionalText = z.preprocess(first, z.string().trim().max(100).optional().catch(undefined));

/** The kinds of subject the audit log records (AuditEntry.entityType), as the filter offers them. */
export const AUDIT_ENTITIES = {
  postmortem: "Postmortem",
  "action-item": "Action item",
  tag: "Tag",
  category: "Category",
  team: "Team",
  run: "Checklist run",
  suggestion: "Suggestion",
  user: "User",
  "api-token": "API token",
  "feed-token": "Feed link",
} as const;

/** `/admin/audit` filters from the URL. Odd values are dropped rather than failing the page. */
export const auditFilters = z.object({
  action: z.preprocess(
    first,
    z
      .string()
      .regex(/^[a-z_.-]{1,40}$/)
      .optional()
      .catch(undefined),
  ),
  entity: z.preprocess(
    first,
    z
      .enum(Object.keys(AUDIT_ENTITIES) as [keyof typeof AUDIT_ENTITIES])
      .optional()
      .catch(undefined),
  ),
  actor: optionalText,
  subject: optionalText,
  since: z.preprocess(first, z.iso.date().optional().catch(undefined)),
  page: z.preprocess(first, z.coerce.number().int().min(1).max(10_000).catch(1)).default(1),
});

export type AuditFilters = z.infer<typeof auditFilters>;
