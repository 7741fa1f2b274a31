import type { Metadata } from "next";
import Link from "next/link";
import { Operation, type OperationDoc } from "@/components/api-docs/operation";
import { SchemaTable } from "@/components/api-docs/schema-table";
import { openApiDocument } from "@/lib/openapi/document";
import type { Schema } from "@/lib/openapi/describe";

export const metadata: Metadata = { title: "API" };

/** Human-readable API reference, rendered on the server from the same document /api/v1/openapi.json serves. */
export default function ApiDocsPage() {
  const document = openApiDocument();
  const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods as Record<string, OperationDoc>).map(([method, op]) => ({ path: `/api/v1${path}`, method, op })),
  );
  const errors = Object.fromEntries(Object.entries(document.components.responses).map(([name, r]) => [name, r.description]));
  return (
    <div className="mx-auto max-w-4xl space-y-8">
      <header className="space-y-3">
        <h1 className="text-3xl font-semibold">API</h1>
        <p className="max-w-2xl">
          A JSON API over everything the site shows. Reading needs nothing: anonymous calls see the public catalogue. Send a personal token as{" "}
          <code>Authorization: Bearer pma_…</code> (create one under <Link href="/settings">Settings</Link>) to see your teams&apos; postmortems and
          to write.
        </p>
        <p className="max-w-2xl text-sm">
          The machine-readable description is <a href="/api/v1/openapi.json">/api/v1/openapi.json</a> (OpenAPI {document.openapi}); this page is
          rendered from it. Errors are JSON: <code>{"{ error, message, fields? }"}</code>.
        </p>
        <details className="text-sm">
          <summary className="cursor-pointer font-semibold">The error object</summary>
          <SchemaTable schema={document.components.schemas.Error as Schema} caption="The error object" />
        </details>
      </header>
      <nav aria-label="Endpoints" className="text-sm">
        <h2 className="section-title">Endpoints</h2>
        <ul className="mt-2 grid gap-1 sm:grid-cols-2">
          {operations.map(({ path, method, op }) => (
            <li key={op.operationId}>
              <a href={`#${op.operationId}`} className="break-all">
                <span className="font-mono text-xs">{method.toUpperCase()}</span> {path}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <div className="space-y-6">
        {operations.map(({ path, method, op }) => (
          <Operation key={op.operationId} method={method} path={path} op={op} errors={errors} />
        ))}
      </div>
    </div>
  );
}
