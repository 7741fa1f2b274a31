import { apiRoute } from "@/lib/api/api-route";
import { json } from "@/lib/api/respond";
import { openApiDocument } from "@/lib/openapi/document";

// The document depends only on the code, so it is built once per process.
let document: ReturnType<typeof openApiDocument> | null = null;

/** The OpenAPI 3.1 description of this API, generated from the zod schemas its handlers validate with. */
function read() {
  document ??= openApiDocument();
  return json(document);
}

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = apiRoute({ GET: read });
