// Turns an audit entry's stored before/after JSON into a readable field-by-field diff (pure, unit-tested).

export type FieldChange =
  | { field: string; kind: "list"; added: string[]; removed: string[] }
  | { field: string; kind: "value"; before: string; after: string }
  | { field: string; kind: "same"; value: string };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** A value as short text: "—" for nothing, lists joined, nested objects as compact JSON. */
export function display(value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (Array.isArray(value)) return value.length ? value.map(display).join(", ") : "—";
  if (isRecord(value)) return JSON.stringify(value);
  return String(value);
}

/**
 * Each field present before or after, in first-seen order: lists as added/removed items, other values as
 * old → new, and unchanged fields (such as the member a role change is about) kept as context.
 */
export function auditDiff(before: unknown, after: unknown): FieldChange[] {
  const b = isRecord(before) ? before : before === null || before === undefined ? {} : { value: before };
  const a = isRecord(after) ? after : after === null || after === undefined ? {} : { value: after };
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return fields.map((field): FieldChange => {
    const old = b[field];
    const now = a[field];
    if (Array.isArray(old) || Array.isArray(now)) {
      const oldItems = (Array.isArray(old) ? old : []).map(display);
      const newItems = (Array.isArray(now) ? now : []).map(display);
      const added = newItems.filter((x) => !oldItems.includes(x));
      const removed = oldItems.filter((x) => !newItems.includes(x));
      return added.length || removed.length ? { field, kind: "list", added, removed } : { field, kind: "same", value: display(now) };
    }
    if (JSON.stringify(old) === JSON.stringify(now)) return { field, kind: "same", value: display(now) };
    return { field, kind: "value", before: display(old), after: display(now) };
  });
}

/** camelCase and snake_case field names as words: requireSecondReviewer → "require second reviewer". */
export const fieldLabel = (field: string) =>
  field
    .replace(/_/g, " ")
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .toLowerCase();
