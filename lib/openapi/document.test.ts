import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
import { jsonSchema, openApiDocument } from "@/lib/openapi/document";
import { API_PATHS, METHODS } from "@/lib/openapi/paths";
import { createPostmortemInput } from "@/lib/validation/postmortem";

const API_DIR = path.join(process.cwd(), "app/api/v1");

/** Every route file under app/api/v1 as an OpenAPI path (`[slug]` → `{slug}`) with the methods it implements. */
function routeFiles(): Map<string, string[]> {
  const routes = new Map<string, string[]>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === "route.ts") {
        const route = "/" + path.relative(API_DIR, dir).split(path.sep).filter(Boolean).join("/");
        const source = readFileSync(full, "utf8");
        // Handlers are declared in one apiRoute({ GET: …, POST: … }) call (lib/api/api-route.ts).
        const call = source.slice(source.indexOf("apiRoute"));
        const methods = [...call.matchAll(/\b(GET|POST|PUT|PATCH|DELETE):/g)].map(([, m]) => m!.toLowerCase());
        routes.set(route.replace(/\[(\w+)\]/g, "{$1}"), [...new Set(methods)].sort());
      }
    }
  };
  walk(API_DIR);
  return routes;
}

describe("the OpenAPI document", () => {
  const document = openApiDocument();

  it("is valid OpenAPI 3.1", async () => {
    const result = await new Validator().validate(document as unknown as Record<string, unknown>);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it("describes every route file under app/api/v1, with exactly the methods it implements", () => {
    const routes = routeFiles();
    expect(routes.size).toBeGreaterThan(10);
    for (const [route, methods] of routes) {
      expect(API_PATHS[route], `${route} is not in lib/openapi/paths.ts`).toBeDefined();
      const described = METHODS.filter((m) => API_PATHS[route]?.[m]).sort();
      expect(described, `methods of ${route}`).toEqual(methods);
    }
    for (const route of Object.keys(API_PATHS)) expect(routes.has(route), `${route} is described but has no route file`).toBe(true);
  });

  it("takes bodies and parameters from the same zod schemas the handlers validate with", () => {
    const post = document.paths["/postmortems"]?.post as unknown as { requestBody: { content: { "application/json": { schema: unknown } } } };
    expect(post.requestBody.content["application/json"].schema).toEqual(jsonSchema(createPostmortemInput, "input"));
    expect(post.requestBody.content["application/json"].schema).toMatchObject({ required: ["title", "incidentDate", "teamId"] });
    const list = document.paths["/postmortems"]?.get as unknown as {
      parameters: { name: string; schema: { type: string; items?: { enum?: string[] } } }[];
    };
    expect(list.parameters.find((p) => p.name === "severity")?.schema).toEqual({
      type: "array",
      items: { type: "string", enum: ["trivial", "non-production", "production"] },
    });
    const patch = document.paths["/postmortems/{slug}"]?.patch as unknown as {
      parameters: { name: string; in: string }[];
      requestBody: { content: { "application/json": { schema: { required?: string[]; properties: Record<string, unknown> } } } };
    };
    expect(patch.parameters).toEqual([expect.objectContaining({ name: "slug", in: "path" })]);
    // A PATCH sends any subset: only baseVersion is required, and no field carries a default that would reset it.
    expect(patch.requestBody.content["application/json"].schema.required).toEqual(["baseVersion"]);
    expect(patch.requestBody.content["application/json"].schema.properties).toHaveProperty("sources");
  });

  it("describes a second success status with the same body where one exists", () => {
    const post = document.paths["/imports"]?.post as unknown as { responses: Record<string, { content?: unknown }> };
    expect(Object.keys(post.responses)).toEqual(expect.arrayContaining(["200", "201"]));
    expect(post.responses["200"]?.content).toEqual(post.responses["201"]?.content);
  });

  it("declares bearer-token auth and the shared error shape on every operation", () => {
    expect(document.components.securitySchemes.bearerToken).toMatchObject({ type: "http", scheme: "bearer" });
    for (const [route, entry] of Object.entries(document.paths)) {
      for (const [method, op] of Object.entries(entry as Record<string, { responses: Record<string, unknown>; security: unknown[] }>)) {
        expect(op.responses["405"], `${method} ${route}`).toEqual({ $ref: "#/components/responses/MethodNotAllowed" });
        expect(op.security, `${method} ${route}`).toContainEqual({ bearerToken: [] });
      }
    }
    expect(document.components.schemas.Error).toMatchObject({ required: ["error", "message"] });
  });
});
