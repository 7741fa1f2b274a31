import "server-only";
import { createHash } from "node:crypto";
import { appOrigins } from "@/lib/api/same-origin";
import type { ParamErrors } from "@/lib/validation/browse-params";

/**
 * An Atom answer with an ETag, so feed readers that poll get a 304 while nothing changed. Feeds are rendered on
 * every request (the anonymous page cache keeps HTML only), so a write shows in the next poll.
 */
export function atomResponse(request: Request, xml: string, audience: "public" | "private"): Response {
  const etag = `"${createHash("sha256").update(xml).digest("base64url").slice(0, 27)}"`;
  const headers = {
    "Content-Type": "application/atom+xml; charset=utf-8",
    // no-cache: caches may keep it but must ask again each time; a team feed's URL holds a secret, so only the reader's.
    "Cache-Control": audience === "public" ? "public, no-cache" : "private, no-cache",
    ETag: etag,
    ...(audience === "private" ? { "X-Robots-Tag": "noindex" } : {}),
  };
  const seen = request.headers
    .get("if-none-match")
    ?.split(",")
    .map((tag) => tag.trim());
  if (seen?.includes(etag)) return new Response(null, { status: 304, headers });
  return new Response(xml, { status: 200, headers });
}

/** The origin links in a feed start with: the public URL when configured, else the host the reader asked. */
export const feedOrigin = (request: Request) => appOrigins(request.headers, request.url)[0] ?? new URL(request.url).origin;

export const invalidFeedParameters = (errors: ParamErrors) =>
  feedError(
    400,
    `Invalid parameter: ${Object.entries(errors)
      .map(([key, problem]) => `${key} ${problem}`)
      .join("; ")}`,
  );

export const feedError = (status: 400 | 404, message: string) =>
  new Response(message + "\n", { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
