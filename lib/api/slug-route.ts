import "server-only";
import type { ActionResult } from "@/lib/actions/result";
import { fromResult, readJsonObject } from "@/lib/api/respond";
import { viewerFromRequest } from "@/lib/auth/session";
import type { Viewer } from "@/lib/auth/viewer-types";

type Mutate<T> = (viewer: Viewer | null, raw: unknown) => Promise<ActionResult<T>>;

/**
 * A route handler for `/api/v1/postmortems/{slug}/…` that runs one mutation as the caller (session or
 * bearer token). With `body`, the JSON object body is passed along; the slug always comes from the path.
 */
export function slugRoute<T>(mutate: Mutate<T>, options: { body?: boolean } = {}) {
  return async (request: Request, { params }: { params: Promise<{ slug: string }> }) => {
    let fields: object = {};
    if (options.body) {
      const body = await readJsonObject(request);
      if (!body.ok) return body.response;
      fields = body.value;
    }
    return fromResult(await mutate(await viewerFromRequest(request), { ...fields, slug: (await params).slug }));
  };
}
