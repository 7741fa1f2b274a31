import { DocTable } from "@/components/api-docs/doc-table";
import { SchemaTable } from "@/components/api-docs/schema-table";
import { constraints, typeLabel, type Schema } from "@/lib/openapi/describe";

type Parameter = { name: string; in: string; required?: boolean; description?: string; schema: Schema };
type Content = { content?: { "application/json"?: { schema: Schema } } };
export type OperationDoc = {
  operationId: string;
  summary: string;
  description?: string;
  security: Record<string, string[]>[];
  parameters?: Parameter[];
  requestBody?: Content;
  responses: Record<string, (Content & { description: string }) | { $ref: string }>;
};

/** One endpoint of the API reference: what it does, who may call it, what it takes and what it answers. */
export function Operation({ method, path, op, errors }: { method: string; path: string; op: OperationDoc; errors: Record<string, string> }) {
  const anonymous = op.security.some((s) => Object.keys(s).length === 0);
  const success = Object.entries(op.responses).find(([status]) => status.startsWith("2"));
  const failures = Object.entries(op.responses).filter(([status]) => !status.startsWith("2"));
  const body = op.requestBody?.content?.["application/json"]?.schema;
  const label = `${method.toUpperCase()} ${path}`;
  return (
    <section aria-labelledby={op.operationId} className="card space-y-3">
      <h2 id={op.operationId} className="flex flex-wrap items-baseline gap-2 text-base font-semibold">
        <span className="rounded bg-indigo-100 px-1.5 py-0.5 font-mono text-xs text-indigo-900 dark:bg-indigo-950 dark:text-indigo-100">
          {method.toUpperCase()}
        </span>{" "}
        <code className="break-all">{path}</code>
      </h2>
      <p>{op.summary}.</p>
      {op.description && <p className="text-sm">{op.description}</p>}
      <p className="text-sm muted">{anonymous ? "Anyone; a token or session adds your teams' data." : "Needs a token or a session."}</p>

      {op.parameters && op.parameters.length > 0 && (
        <div className="space-y-1">
          <h3 className="text-sm font-semibold">Parameters</h3>
          <DocTable
            caption={`Parameters of ${label}`}
            columns={["Name", "In", "Type", "Notes"]}
            rows={op.parameters.map((p) => ({
              key: `${p.in}-${p.name}`,
              cells: [
                <code key="name">{p.name}</code>,
                p.in,
                <code key="type">{typeLabel(p.schema)}</code>,
                [p.description, p.schema.type === "array" ? "repeatable" : "", ...constraints(p.schema)].filter(Boolean).join("; "),
              ],
            }))}
          />
        </div>
      )}

      {body && (
        <div className="space-y-1">
          <h3 className="text-sm font-semibold">Request body (JSON)</h3>
          <SchemaTable schema={body} caption={`Request body of ${label}`} />
        </div>
      )}

      {success && (
        <details className="space-y-1">
          <summary className="cursor-pointer text-sm font-semibold">
            {success[0]}: {"description" in success[1] ? success[1].description : ""}
          </summary>
          {"content" in success[1] && success[1].content?.["application/json"] && (
            <SchemaTable schema={success[1].content["application/json"].schema} caption={`Answer of ${label}`} />
          )}
        </details>
      )}

      <div className="space-y-1">
        <h3 className="text-sm font-semibold">Errors</h3>
        <ul className="space-y-0.5 text-sm">
          {failures.map(([status, response]) => (
            <li key={status}>
              <code>{status}</code> {"$ref" in response ? errors[response.$ref.split("/").pop()!] : response.description}
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
