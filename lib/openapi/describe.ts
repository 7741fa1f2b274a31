/** Plain-language summaries of the JSON Schemas in the OpenAPI document, for the /api page. */
export type Schema = {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  anyOf?: Schema[];
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  format?: string;
  pattern?: string;
  description?: string;
  default?: unknown;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  maxItems?: number;
};

const literal = (value: unknown) => (value === "" ? '""' : typeof value === "string" ? value : JSON.stringify(value));
// Number.MAX_SAFE_INTEGER is zod's bound for .int(): not worth showing.
const shown = (n: number | undefined) => (n !== undefined && n < Number.MAX_SAFE_INTEGER ? n : undefined);

/** The type in a few words: `string (date)`, `production | trivial`, `array of string`, `object`. */
export function typeLabel(schema: Schema): string {
  if (schema.enum) return schema.enum.map(literal).join(" | ");
  if (schema.const !== undefined) return literal(schema.const);
  if (schema.anyOf) return [...new Set(schema.anyOf.map(typeLabel))].join(" | ");
  const type = Array.isArray(schema.type) ? schema.type.join(" | ") : schema.type;
  if (type === "array") return `array of ${schema.items ? typeLabel(schema.items) : "anything"}`;
  if (type === "string" && schema.format) return `string (${schema.format})`;
  return type ?? "any";
}

/** Limits worth telling a client: lengths, ranges, list sizes and patterns that are not a format. */
export function constraints(schema: Schema): string[] {
  const out: string[] = [];
  const { minLength, maxLength, maxItems } = schema;
  const min = shown(schema.minimum) ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : undefined);
  const max = shown(schema.maximum);
  if (minLength !== undefined && maxLength !== undefined) out.push(`${minLength}–${maxLength} characters`);
  else if (maxLength !== undefined) out.push(`at most ${maxLength} characters`);
  else if (minLength !== undefined && minLength > 0) out.push(`at least ${minLength} characters`);
  if (min !== undefined && max !== undefined) out.push(`${min}–${max}`);
  else if (min !== undefined) out.push(`≥ ${min}`);
  else if (max !== undefined) out.push(`≤ ${max}`);
  if (maxItems !== undefined) out.push(`at most ${maxItems} items`);
  if (schema.pattern && !schema.format) out.push(`matches ${schema.pattern}`);
  if (schema.default !== undefined && !(Array.isArray(schema.default) && schema.default.length === 0)) out.push(`default ${literal(schema.default)}`);
  for (const option of schema.anyOf ?? []) out.push(...constraints(option));
  if (schema.items) out.push(...constraints(schema.items).map((c) => `each ${c}`));
  return [...new Set(out)];
}

/** The object whose fields a table lists: the schema itself, a list's items, or the object member of a nullable. */
export function objectOf(schema: Schema): Schema | null {
  if (schema.properties) return schema;
  if (schema.items) return objectOf(schema.items);
  for (const option of schema.anyOf ?? []) {
    const found = objectOf(option);
    if (found) return found;
  }
  return null;
}
