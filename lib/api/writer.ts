import "server-only";
import { json } from "@/lib/api/respond";
import { hit, limitMessage } from "@/lib/auth/rate-limits";
import { callerFromRequest } from "@/lib/auth/session";
import type { Viewer } from "@/lib/auth/viewer-types";

/**
 * For API writes: the caller, after taking one point of their write budget (per token, or per user with a session
 * cookie). Over budget, the answer is a ready 429 with Retry-After. Anonymous callers pass through as null, and the
 * mutation answers 401.
 */
export async function apiWriter(request: Request): Promise<{ ok: true; viewer: Viewer | null } | { ok: false; response: Response }> {
  const { viewer, tokenId } = await callerFromRequest(request);
  if (!viewer) return { ok: true, viewer };
  const retryAfter = await hit("apiWrite", tokenId ? `token:${tokenId}` : `user:${viewer.id}`);
  if (retryAfter === null) return { ok: true, viewer };
  return {
    ok: false,
    response: json({ error: "rate_limited", message: limitMessage("apiWrite", retryAfter) }, 429, { "Retry-After": String(retryAfter) }),
  };
}
