import { DocTable } from "@/components/api-docs/doc-table";
import { constraints, objectOf, typeLabel, type Schema } from "@/lib/openapi/describe";

type Row = { name: string; required: boolean; schema: Schema };

// Nested objects are flattened into dotted names (`items[].tags`), which reads better in a narrow table than nesting.
function rowsOf(schema: Schema, prefix = "", depth = 0): Row[] {
  const object = objectOf(schema);
  if (!object?.properties || depth > 3) return [];
  return Object.entries(object.properties).flatMap(([key, child]) => {
    const name = prefix + key;
    const nested = objectOf(child);
    const list = typeLabel(child).startsWith("array of");
    return [
      { name, required: object.required?.includes(key) ?? false, schema: child },
      ...(nested ? rowsOf(nested, `${name}${list ? "[]" : ""}.`, depth + 1) : []),
    ];
  });
}

/** A JSON Schema as a table of fields: name, type, required, and the limits a client must respect. */
export function SchemaTable({ schema, caption }: { schema: Schema; caption: string }) {
  const rows = rowsOf(schema);
  if (rows.length === 0) return <p className="text-sm">{typeLabel(schema)}</p>;
  return (
    <DocTable
      caption={caption}
      columns={["Field", "Type", "Notes"]}
      rows={rows.map((row) => ({
        key: row.name,
        cells: [
          <>
            <code className="break-all">{row.name}</code>
            {row.required && <span className="ml-1 text-xs font-semibold text-red-800 dark:text-red-300">required</span>}
          </>,
          <code key="type">{typeLabel(row.schema)}</code>,
          [row.schema.description, ...constraints(row.schema)].filter(Boolean).join("; "),
        ],
      }))}
    />
  );
}
