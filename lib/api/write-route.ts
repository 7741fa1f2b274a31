import "server-only";
import type { ActionResult } from "@/lib/actions/result";
import { readJsonObject } from "@/lib/api/body";
import { fromResult, json } from "@/lib/api/respond";
import { appOrigins, refuseCookieWrite } from "@/lib/api/same-origin";
import { hit, limitMessage } from "@/lib/auth/rate-limits";
import { callerFromRequest } from "@/lib/auth/session";
import type { Viewer } from "@/lib/auth/viewer-types";

type Mutate<T> = (viewer: Viewer | null, raw: unknown) => Promise<ActionResult<T>>;
type Params = Record<string, string>;

type Options<P extends Params, T> = {
  /** Read a JSON object body and pass its fields along. */
  body?: boolean;
  /** Fields taken from the path, which win over the body's (`{ slug }`, `{ runId }`). */
  fromPath?: (params: P) => Record<string, string>;
  successStatus?: number;
  /** Turns a successful result into the answer, when it is more than the data with `successStatus`. */
  respond?: (data: T) => Response;
};

/**
 * Every API write goes through here: it runs one mutation as the caller (personal token or session
 * cookie). Cookie-authenticated calls must come from our own pages with a JSON content type (the
 * CSRF rule, docs/decisions/0006-csrf.md); token calls cannot be forged by another site and are exempt.
 * Callers then spend one point of their write budget (429 with Retry-After beyond it). Bodies are read with a
 * streaming size limit and checked for strings nothing could store.
 */
export function writeRoute<P extends Params = Params, T = unknown>(mutate: Mutate<T>, options: Options<P, T> = {}) {
  return async (request: Request, context: { params: Promise<P> }) => {
    const { viewer, tokenId } = await callerFromRequest(request);
    if (viewer && !request.headers.has("authorization")) {
      const refusal = refuseCookieWrite(request.headers, appOrigins(request.headers, request.url));
      if (refusal) return json({ error: refusal.error, message: refusal.message }, refusal.status);
    }
    // Each caller has a write budget (per token, or per user with a session cookie); anonymous callers get 401 below.
    if (viewer) {
      const retryAfter = await hit("apiWrite", tokenId ? `token:${tokenId}` : `user:${viewer.id}`);
      if (retryAfter !== null)
        return json({ error: "rate_limited", message: limitMessage("apiWrite", retryAfter) }, 429, { "Retry-After": String(retryAfter) });
    }
    let fields: Record<string, unknown> = {};
    if (options.body) {
      const body = await readJsonObject(request);
      if (!body.ok) return body.response;
      fields = body.value;
    }
    const fromPath = options.fromPath ? options.fromPath(await context.params) : {};
    const result = await mutate(viewer, { ...fields, ...fromPath });
    return result.ok && options.respond ? options.respond(result.data) : fromResult(result, options.successStatus);
  };
}
