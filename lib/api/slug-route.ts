import "server-only";
import type { ActionResult } from "@/lib/actions/result";
import { fromResult, readJsonObject } from "@/lib/api/respond";
import { apiWriter } from "@/lib/api/writer";
import type { Viewer } from "@/lib/auth/viewer-types";

type Mutate<T> = (viewer: Viewer | null, raw: unknown) => Promise<ActionResult<T>>;

/**
 * A route handler for `/api/v1/postmortems/{slug}/…` that runs one mutation as the caller (session or
 * bearer token), within the caller's write budget. With `body`, the JSON object body is passed along; the slug always comes from the path.
 */
export function slugRoute<T>(mutate: Mutate<T>, options: { body?: boolean } = {}) {
  return async (request: Request, { params }: { params: Promise<{ slug: string }> }) => {
    const writer = await apiWriter(request);
    if (!writer.ok) return writer.response;
    let fields: object = {};
    if (options.body) {
      const body = await readJsonObject(request);
      if (!body.ok) return body.response;
      fields = body.value;
    }
    return fromResult(await mutate(writer.viewer, { ...fields, slug: (await params).slug }));
  };
}
