import { z } from "zod";
import { errorBody } from "@/lib/openapi/responses";
import { API_PATHS, METHODS, PATH_PARAMETERS, type ApiOperation, type ErrorStatus } from "@/lib/openapi/paths";

type JsonSchema = Record<string, unknown>;

// Bodies are described as clients send them (defaults optional), answers as the app writes them (objects closed).
// The document's dialect is OpenAPI 3.1's (JSON Schema 2020-12), so each schema's own `$schema` is left out.
export function jsonSchema(schema: z.ZodType, io: "input" | "output"): JsonSchema {
  const out: JsonSchema = z.toJSONSchema(schema, { io, target: "draft-2020-12", unrepresentable: "any" });
  delete out.$schema;
  return out;
}

const ERRORS: Record<ErrorStatus, { name: string; description: string }> = {
  400: { name: "BadRequest", description: "Invalid input or parameters; `fields` names each one" },
  401: { name: "Unauthenticated", description: "No valid token or session" },
  403: { name: "Forbidden", description: "Not allowed for your role, or a cookie-authenticated write from another origin (`cross_site`)" },
  404: { name: "NotFound", description: "Not found, or not visible to you" },
  405: { name: "MethodNotAllowed", description: "Method not supported here (see the `Allow` header)" },
  409: { name: "Conflict", description: "Stale version or duplicate; `current` holds what is stored now" },
  413: { name: "TooLarge", description: "Body over 1 MB" },
  415: { name: "UnsupportedMediaType", description: "A cookie-authenticated write that is not application/json" },
  429: { name: "RateLimited", description: "Over 300 writes a minute (see `Retry-After`)" },
};

function operation(path: string, method: string, op: ApiOperation) {
  const pathParameters = [...path.matchAll(/\{(\w+)\}/g)].map(([, name]) => {
    const param = PATH_PARAMETERS[name!];
    if (!param) throw new Error(`No PATH_PARAMETERS entry for {${name}} in ${path}`);
    return { name, in: "path", required: true, description: param.description, schema: jsonSchema(param.schema, "input") };
  });
  const queryParameters = Object.entries(op.query ?? {}).map(([name, param]) => ({
    name,
    in: "query",
    required: false,
    description: param.description,
    ...(param.repeatable
      ? { schema: { type: "array", items: jsonSchema(param.schema, "input") }, style: "form", explode: true }
      : { schema: jsonSchema(param.schema, "input") }),
  }));
  return {
    operationId: `${method}${path.replace(/\{(\w+)\}/g, "By-$1").replace(/[^a-zA-Z0-9]+(.)?/g, (_m, c: string | undefined) => (c ?? "").toUpperCase())}`,
    summary: op.summary,
    ...(op.description ? { description: op.description } : {}),
    // Reads answer anonymous callers too (public data only); writes need a token or the session cookie.
    security: op.auth === "optional" ? [{}, { bearerToken: [] }, { sessionCookie: [] }] : [{ bearerToken: [] }, { sessionCookie: [] }],
    ...(pathParameters.length + queryParameters.length ? { parameters: [...pathParameters, ...queryParameters] } : {}),
    ...(op.body ? { requestBody: { required: true, content: { "application/json": { schema: jsonSchema(op.body, "input") } } } } : {}),
    responses: {
      ...Object.fromEntries(
        [op.response, ...(op.response.also ? [op.response.also] : [])].map(({ status, description }) => [
          status,
          { description, content: { "application/json": { schema: jsonSchema(op.response.schema, "output") } } },
        ]),
      ),
      ...Object.fromEntries(
        [...new Set([...op.errors, 405] as ErrorStatus[])].map((status) => [status, { $ref: `#/components/responses/${ERRORS[status].name}` }]),
      ),
    },
  };
}

/** The OpenAPI 3.1 description of /api/v1, generated from the registry (lib/openapi/paths.ts) and its zod schemas. */
export function openApiDocument(serverUrl = "/api/v1") {
  const paths = Object.fromEntries(
    Object.entries(API_PATHS).map(([path, entry]) => [
      path,
      Object.fromEntries(METHODS.flatMap((method) => (entry[method] ? [[method, operation(path, method, entry[method])]] : []))),
    ]),
  );
  return {
    openapi: "3.1.0",
    info: {
      title: "Postmortem Atlas API",
      version: "1",
      description:
        "Read the public catalogue anonymously; send a personal token (`Authorization: Bearer pma_…`, made under Settings) to see your teams' postmortems and to write. Errors are JSON `{ error, message, fields? }`.",
    },
    servers: [{ url: serverUrl }],
    paths,
    components: {
      securitySchemes: {
        bearerToken: { type: "http", scheme: "bearer", description: "A personal API token (`pma_…`), created and revoked under Settings" },
        sessionCookie: {
          type: "apiKey",
          in: "cookie",
          name: "next-auth.session-token",
          description: "The app's own pages; writes must also send a same-origin Origin and Content-Type: application/json",
        },
      },
      schemas: { Error: jsonSchema(errorBody, "output") },
      responses: Object.fromEntries(
        Object.values(ERRORS).map(({ name, description }) => [
          name,
          { description, content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } },
        ]),
      ),
    },
  };
}

export type OpenApiDocument = ReturnType<typeof openApiDocument>;
